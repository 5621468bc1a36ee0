# OSError constructed with an errno picks its subclass; attributes, str,
# and user subclasses of OSError. (Errno numbers differ per platform.)
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.ECHILD, errno.EINTR, errno.ESRCH, errno.EPIPE, errno.ECONNREFUSED,
             errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EINVAL):
    e = OSError(code, "message")
    print(errno.errorcode[code], type(e).__name__, e.errno == code, e.strerror)
e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(str(e).replace(str(errno.ENOENT), "N"), e.filename, e.filename2)
e = OSError(errno.EXDEV, "Cross-device link", "a", None, "b")
print(str(e).replace(str(errno.EXDEV), "N"), e.filename2)
print(OSError("just a message"), repr(OSError()), OSError(1).errno)
print(FileNotFoundError(5, "x").errno == 5, type(FileNotFoundError(errno.EEXIST, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))


class MyOSError(OSError):
    pass


m = MyOSError(errno.ENOENT, "custom")
print(type(m).__name__, m.errno == errno.ENOENT, m.strerror)
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "data.csv")
except OSError as err:
    print(type(err).__name__, err.filename, err.strerror)
try:
    raise OSError(errno.EACCES, "Permission denied")
except PermissionError as err:
    print("caught as PermissionError:", err.strerror)
print(BlockingIOError(errno.EAGAIN, "x", 3).characters_written)
raise OSError(errno.ENOENT, "No such file or directory", "config.ini")
