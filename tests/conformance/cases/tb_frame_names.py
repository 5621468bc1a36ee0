import traceback
class K:
    def method(self):
        return [self.helper(i) for i in range(2)]
    def helper(self, i):
        return (lambda: 1 / 0)()
    @staticmethod
    def stat():
        raise ValueError('static')
    class Nested:
        try:
            raise TypeError('in class body')
        except TypeError:
            traceback.print_exc()
def gen():
    yield 1
    raise KeyError('gen')
try:
    K.stat()
except ValueError:
    traceback.print_exc()
try:
    list(gen())
except KeyError:
    traceback.print_exc()
K().method()
