# compile()/exec()/eval() warn each time they compile
for i in range(2):
    exec('y = "\\d"')
code = compile('z = "\\k"', "<mine>", "exec")
exec(code)
exec(code)
print(eval('"\\j"'), y, z)
src = 'def f():\n    return "\\p"\n'
exec(src)
print(f())
