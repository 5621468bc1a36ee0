def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")
print(f())
def g():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup g")
try:
    g()
except ValueError as e:
    print("caught", e)
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
