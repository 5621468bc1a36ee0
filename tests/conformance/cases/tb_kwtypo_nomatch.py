values = [1, 2]
total = values[0] values[1]
