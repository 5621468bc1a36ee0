def f(x):
    if x:
        print("yes")
    retrun x * 2
