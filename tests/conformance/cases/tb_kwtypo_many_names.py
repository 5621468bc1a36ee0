a = b = c = d = e = f = g = h = i = j = k = l = 0
print(a, b, c, d, e, f, g, h, i, j, k, l fro)
