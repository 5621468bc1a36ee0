# NameError, UnboundLocalError and AttributeError messages and attributes
# (name, obj); the suggestions a caught exception does not show in str().
def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print(type(e).__name__ + ":", e, "| name:", repr(e.name), end="")
        print(" | obj:", type(e.obj).__name__ if isinstance(e, AttributeError) else "-")


value = 1
show(lambda: valeu)
show(lambda: undefined_thing)
show(lambda: (1).nope)
show(lambda: "s".uper())
show(lambda: [].appendx)
show(lambda: None.attr)
show(lambda: int.nope)
show(lambda: type.nope)


class C:
    cls_attr = 1

    def __init__(self):
        self.inst_attr = 2


show(lambda: C().inst_atr)
show(lambda: C.inst_attr)
show(lambda: C().missing)


def unbound():
    print(later)
    later = 1


show(unbound)


def unbound_after_del():
    v = 1
    del v
    return v


show(unbound_after_del)


def unbound_in_branch(flag):
    if flag:
        result = "set"
    return result


show(lambda: unbound_in_branch(False))


def nested_free():
    def inner():
        return outer_var
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    outer_var = 1


nested_free()
import errno
show(lambda: errno.ENOTAREALCODE)
show(lambda: print.nope)
show(lambda: (lambda: 0).nope)
e = NameError("custom", name="x")
print(e, e.name)
e = AttributeError("custom", name="y", obj=5)
print(e, e.name, e.obj)
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
print(valeu)
