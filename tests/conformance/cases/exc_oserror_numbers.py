# The errno numbers and os.strerror of each platform (Linux natively,
# Emscripten under 3.12+).
import errno
import os

for name in ("EPERM", "ENOENT", "EINTR", "EAGAIN", "EEXIST", "EINVAL", "EPIPE", "ENOTEMPTY", "ETIMEDOUT",
             "ECONNREFUSED", "EWOULDBLOCK", "ENOTSUP", "EDEADLK", "ENAMETOOLONG", "ELOOP"):
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], os.strerror(code))
print(OSError(errno.ENOENT, os.strerror(errno.ENOENT), "f"))
raise OSError(errno.EEXIST, os.strerror(errno.EEXIST))
