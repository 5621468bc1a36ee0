improt math
print(math.pi)
