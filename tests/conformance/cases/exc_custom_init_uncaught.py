# An uncaught custom exception that did not call super().__init__: its
# message comes from args (empty), and the traceback shows just the name.
class Silent(Exception):
    def __init__(self, detail):
        self.detail = detail


def fail():
    raise Silent("kept in detail")


fail()
