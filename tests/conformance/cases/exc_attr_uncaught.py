# Uncaught AttributeErrors: the name and object they carry let the
# traceback suggest a close name (instance, class and module attributes).
import errno


class Account:
    rate = 0.1

    def __init__(self):
        self.balance = 100

    def deposit(self, n):
        self.balance += n


acct = Account()
for expr in (lambda: acct.balanse, lambda: Account.rte, lambda: errno.ENOENTT, lambda: acct.deposti(1)):
    try:
        expr()
    except AttributeError as e:
        print(e, "|", e.name, "|", type(e.obj).__name__)


class Custom:
    def __getattr__(self, name):
        raise AttributeError(f"custom lookup failed for {name}")


try:
    Custom().thing
except AttributeError as e:
    print(e, "|", e.name, "|", type(e.obj).__name__)
acct.depositt(5)
