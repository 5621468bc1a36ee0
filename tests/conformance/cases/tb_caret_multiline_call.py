def compute(a, b, c):
    return a / b

result = compute(
    1,
    0,
    3,
)
