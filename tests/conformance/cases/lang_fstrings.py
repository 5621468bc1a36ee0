# f-strings: conversions, format specs, nested specs, `=`, escapes, and
# format() / __format__.
name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{items!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:%}|{0.5:.0%}|{1e20:g}|{pi:.0f}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{255:_b}|{n:c}")
print(f"{name:>10}|{name:*^11}|{name:.3}|{name:<7}|{name!r:>9}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:{'>'}{width}}|{n:{'0'}{width}d}")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{pi=:.2f}", f"{items[0]=}", f"{n + 1=}")
print(f"{{literal braces}}", f"{{{n}}}", f"a{'b'}c", f"{'nested ' + f'{n}'}")
print(f"{3 if n else 4}", f"{(lambda x: x * 2)(4)}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{n!r:>6}", f"{True}", f"{None!r}", f"{b'x'}", f"{1.0}", f"{1e100}", f"{10**20}")
print(f"""multi
{name}
line""")
print(format(n, "08b"), format(pi, ".1f"), format("s", "^5"), format(n), format(True, "d"), format(1.5, ""))


class Custom:
    def __format__(self, spec):
        return f"Custom({spec!r})"

    def __repr__(self):
        return "Custom-repr"

    def __str__(self):
        return "Custom-str"


c = Custom()
print(f"{c}", f"{c:abc}", f"{c!r}", f"{c!s}", f"{c!r:>12}", format(c, "x"))
for spec, value in [("d", "str"), ("s", 5), (".2f", "x"), ("z", 1), ("=5", "s"), (",s", 1)]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print("ValueError:", e)


class NoFormat:
    pass


try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(f"{n:{'>'}{'1'}{'0'}}")
print(f"{n:0>8_}")
f"{undefined_in_fstring}"
