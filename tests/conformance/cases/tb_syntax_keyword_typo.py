items = [1, 2]
fro item in items:
    print(item)
