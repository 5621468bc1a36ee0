data = [1, 2, 3]
squares = [x * x fro x in data]
print(squares)
