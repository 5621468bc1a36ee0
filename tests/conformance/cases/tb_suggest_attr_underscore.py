class A:
    def __init__(self):
        self._secret = 1
        self.public = 2
    def peek(self):
        return self.secret

a = A()
try:
    a.secret
except AttributeError as e:
    import traceback
    traceback.print_exc()
a.peek()
