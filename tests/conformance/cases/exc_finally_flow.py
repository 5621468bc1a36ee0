# try/finally with every way out: return, break, continue through finally;
# return in finally overriding; finally running on exceptions.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return")


def ret_override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed it"


def value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(ret_in_try())
print(ret_override())
print(swallow())
print(value_evaluated_first())
print(nested())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
i = 0
while True:
    i += 1
    try:
        try:
            if i < 3:
                continue
            break
        finally:
            print("inner", i)
    finally:
        print("outer", i)
print("i =", i)


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception dropped"


print(break_in_finally())


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out


print(continue_in_finally())


def finally_raises():
    try:
        return "never seen"
    finally:
        raise RuntimeError("from finally")


try:
    finally_raises()
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)


def exc_then_finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


try:
    exc_then_finally_raises()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


for v in gen_finally():
    print("got", v)
    break
print("after gen loop")


def count_finally():
    n = 0
    for i in range(3):
        try:
            try:
                n += 1
                if i == 2:
                    return n
            finally:
                n += 10
        finally:
            n += 100
    return -1


print(count_finally())
try:
    pass
finally:
    print("plain finally")
try:
    raise IndexError("propagates")
finally:
    print("finally before traceback")
