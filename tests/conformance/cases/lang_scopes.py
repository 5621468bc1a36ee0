# global and nonlocal, closures, class scopes, and the names they resolve.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment()
increment()
print(counter)


def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__))


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    return middle(), x


print(outer())


def global_in_nested():
    def setter():
        global created_later
        created_later = "made"
    setter()


global_in_nested()
print(created_later)
x = "global x"


class Scope:
    x = "class x"
    y = x + "!"

    def method(self):
        return x

    z = [x for _ in range(1)]


print(Scope.y, Scope().method(), Scope.z)


def shadow():
    x = "local x"

    class Inner:
        print(x)
        x = "class-level"
        print(x)

    return Inner.x


print(shadow())


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late_binding())


def closure_over_loop_var():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]


print(closure_over_loop_var())


def read_then_assign():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


read_then_assign()


def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 1
    return inner()


print(free_unbound())


def deep():
    a = 1

    def l1():
        b = 2

        def l2():
            c = 3

            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()


print(deep())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])


def locals_view():
    p, q = 1, 2
    return sorted(locals().items())


print(locals_view())
nonexistent_global_function_name()
