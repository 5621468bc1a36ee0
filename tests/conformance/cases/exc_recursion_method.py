# Uncaught RecursionError through alternating frames: the repeated-lines
# collapsing of two functions calling each other.
def even(n):
    return odd(n + 1)


def odd(n):
    return even(n + 1)


print("start")
even(0)
