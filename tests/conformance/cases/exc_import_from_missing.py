# An uncaught ImportError from `from module import name`.
import errno
print(errno.ENOENT)
from errno import ENOSUCHTHING
