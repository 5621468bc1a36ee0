# An uncaught UnboundLocalError: a local read before assignment in a nested
# call, with the global of the same name.
total = 0


def add(n):
    total += n
    return total


def run():
    return add(5)


print("start")
run()
