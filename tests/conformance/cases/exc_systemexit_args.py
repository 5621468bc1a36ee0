# SystemExit with several arguments: the code is the args tuple, printed
# to stderr, exit status 1.
e = SystemExit(1, 2)
print(e.code, e.args)
print(SystemExit().code, SystemExit(None).code, SystemExit("s").code)
raise SystemExit(1, 2)
