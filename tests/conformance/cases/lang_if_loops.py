# if/elif/else, while and for with break, continue and else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


print([classify(n) for n in (-5, 0, 3, 42)])
if []:
    print("no")
elif {}:
    print("no")
elif 0.0:
    print("no")
else:
    print("all falsy")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("while", i)
else:
    print("never")
print("after while", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for c in "abcdef":
    if c == "b":
        continue
    if c == "e":
        break
    print("for", c)
else:
    print("never")
for c in []:
    print("never")
else:
    print("for else on empty")
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print(a, b, end="; ")
    else:
        print("inner else", a)
print()
for x in range(3):
    pass
print("x after loop", x)
found = None
for k, v in {"a": 1, "b": 2, "c": 3}.items():
    if v == 2:
        found = k
        break
print(found)
count = 0
while True:
    count += 1
    if count == 5:
        break
print(count)
it = iter([1, 2, 3, 4])
for v in it:
    if v == 2:
        break
print(list(it))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for i, c in enumerate("xy", start=1):
    print(i, c)
for a, b in zip("ab", [1, 2, 3]):
    print(a, b)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print(v, end=",")
print()
