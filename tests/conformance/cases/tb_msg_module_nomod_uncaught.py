class NoMod(Exception):
    __module__ = None

raise NoMod('uncaught')
