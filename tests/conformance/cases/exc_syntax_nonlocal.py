# A SyntaxError of the symbol table: a nonlocal name no enclosing function
# binds (nothing runs).
print("never printed")


def outer():
    def inner():
        nonlocal counter
        counter += 1
    return inner
