print(1)
f(a for a in b, c)
