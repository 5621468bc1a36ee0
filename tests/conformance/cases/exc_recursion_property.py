# RecursionError through a property getter reading itself, uncaught. (3.14
# bounds recursion through C by its stack size instead: not checked.)
class P:
    @property
    def value(self):
        return self.value
print("go")
P().value
