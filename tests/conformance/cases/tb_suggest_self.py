import traceback
class Counter:
    def __init__(self):
        self.count = 0
        self.counter_limit = 3
    def bump(self):
        return count + 1
    def check(self):
        return counter_limt

c = Counter()
try:
    c.check()
except NameError:
    traceback.print_exc()
c.bump()
