# exec(), eval() and compile(): namespaces (the caller's, or given), the
# "<string>" frames of tracebacks, SyntaxErrors of bad source, code objects.
x = 10
exec("y = x * 2")
print(y)
ns = {"a": 1}
exec("b = a + 1\nc = [b] * 2", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["c"], "__builtins__" in ns)
print(eval("x + 1"), eval("a * 5", ns), eval("  len('abc')"), eval("v", {}, {"v": "local"}))


def scope():
    local = 3
    return eval("local * x")


print(scope())
code = compile("total = sum(range(5))", "made.py", "exec")
print(type(code).__name__, code.co_filename)
exec(code)
print(total)
expr = compile("x ** 2", "<expr>", "eval")
print(eval(expr))
for bad in ("1 +", "def f(:", "x = ", "return 5"):
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("1", "f.py", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)


for src in ("return 1", "nonlocal q", "def f(a, a): pass", "x = 1\nglobal x", "class C:\n    v = [y := 1 for _ in 'a']"):
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))


def run(src):
    exec(src, {})


run("def inner():\n    raise KeyError('from exec')\ninner()")
