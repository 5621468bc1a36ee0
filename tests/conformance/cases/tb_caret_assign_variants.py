import traceback
class H:
    def helper(self, x):
        raise ValueError(x)
    def a(self):
        return self.helper(1)
    def b(self):
        x = self.helper(2)
    def c(self):
        x, y = self.helper(3)
    def d(self):
        x: int = self.helper(4)
    def e(self):
        self.attr = self.helper(5)
    def f(self):
        x = y = self.helper(6)
    def g(self):
        x = (
            self.helper(7)
        )
    def h(self):
        x = self.helper(
            8)
    def i(self):
        return (self.helper(9))
h = H()
for name in 'abcdefghi':
    try:
        getattr(h, name)()
    except ValueError:
        traceback.print_exc()
