import traceback

class Elsewhere(Exception):
    __module__ = 'pkg.mod'

class NoMod(Exception):
    __module__ = None

class IntMod(Exception):
    __module__ = 42

class Outer:
    class Inner(Exception):
        __module__ = 'lib'

for e in (Elsewhere('e'), NoMod('n'), IntMod('i'), Outer.Inner('q')):
    traceback.print_exception(e)
raise Outer.Inner('uncaught')
