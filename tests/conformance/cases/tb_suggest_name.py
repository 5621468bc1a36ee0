def compute():
    counter = 1
    return countr + 1

try:
    compute()
except NameError as e:
    print(e)
pritn('hello')
