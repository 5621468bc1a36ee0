import traceback

class Plain(Exception):
    pass

class Elsewhere(Exception):
    pass
Elsewhere.__module__ = 'pkg.mod'

class Outer:
    class Inner(Exception):
        pass

class NoMod(Exception):
    pass
NoMod.__module__ = None

for e in (Plain('p'), Elsewhere('e'), Outer.Inner('i'), NoMod('n')):
    traceback.print_exception(e)
raise Elsewhere('uncaught')
