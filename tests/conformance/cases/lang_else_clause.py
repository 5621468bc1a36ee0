def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
    else:
        print("ok", r)
        return r
    finally:
        print("done", a, b)
divide(1, 2)
divide(1, 0)
