x = 5
a = f"\{x}"
b = f"{x}\}"
c = f"\q{x}\w"
d = rf"\q{x}"
print(a, b, c, d)
