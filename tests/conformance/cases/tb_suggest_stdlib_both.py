mat = 1
print(math.pi)
