for v in ["12a", "", " ", "0x10", "1_000", "١٢", "12.5"]:
    try:
        print(int(v))
    except ValueError as e:
        print("ValueError:", e)
for v in ["1e500", "nan", "abc"]:
    try:
        print(float(v))
    except ValueError as e:
        print("ValueError:", e)
int("9" * 5000)
