for i in range(3):
    print('for', i)
else:
    print('for else')
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print('loop', i)
else:
    print('not printed')
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
while True:
    i -= 1
    if i == 0:
        break
print('done', i)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
for i, ch in enumerate('ab', 1):
    print(i, ch)
for p in zip([1, 2, 3], 'xyz'):
    print(p)
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), sorted([3, 1, 2]), sorted('cab', reverse=True))
print(sum([1, 2, 3]), min(3, 1, 2), max([1, 5, 2]), any([0, 1]), all([1, 0]), abs(-3))
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)), divmod(17, 5), round(2.5), round(3.14159, 2))
