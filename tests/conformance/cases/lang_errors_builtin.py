def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 1 / 0)
show(lambda: 7 % 0)
show(lambda: 7 // 0)
show(lambda: 1.5 / 0)
show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: 'abc'[10])
show(lambda: {'a': 1}['b'])
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: [1] + (2,))
show(lambda: int('x'))
show(lambda: int('12', 2))
show(lambda: float('x'))
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: (1).real.foo)
show(lambda: len(5))
show(lambda: len())
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: [].pop())
show(lambda: {}.pop('k'))
show(lambda: None())
show(lambda: 'x'())
show(lambda: [][None])
show(lambda: {}[[]])
show(lambda: hash([]))
show(lambda: int(None))
show(lambda: 2 ** 10000 * 1.0)
show(lambda: chr(-1))
show(lambda: ord('ab'))
show(lambda: sum(['a', 'b'], ''))
show(lambda: max([]))
show(lambda: sorted([1, 'a']))
show(lambda: [1, 2, 3].index(5))
show(lambda: 'abc'.index('z'))
show(lambda: tuple(5))
show(lambda: dict([1]))
show(lambda: set([[]]))
def two(a, b): pass
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
show(lambda: two(1, a=2))
def kwonly(*, k): pass
show(lambda: kwonly())
show(lambda: kwonly(1))
def unbound():
    print(x)
    x = 1
show(unbound)
class K:
    pass
show(lambda: K().missing)
show(lambda: K.missing)
show(lambda: K(1))
show(lambda: object().__dict__)
x, y = 1, 2
def unpack():
    a, b = [1, 2, 3]
show(unpack)
def unpack2():
    a, b, c = [1]
show(unpack2)
def unpack3():
    a, b = 5
show(unpack3)
