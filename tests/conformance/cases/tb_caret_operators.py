import traceback
cases = [
    lambda a, b: a ** b,
    lambda a, b: a @ b,
    lambda a, b: a << b,
    lambda a, b: ((a)) - (b),
    lambda a, b: a%b,
    lambda a, b: a  or  b[0],
]
for fn in cases:
    try:
        fn('x', None)
    except Exception:
        traceback.print_exc()
print(cases[3]('x', None))
