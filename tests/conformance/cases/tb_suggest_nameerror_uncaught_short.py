ab = 1
print(a)
