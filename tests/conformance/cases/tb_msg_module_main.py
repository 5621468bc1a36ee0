class AppError(Exception):
    pass

class Outer:
    class Inner(AppError):
        pass

raise Outer.Inner('nested class')
