# Dumps, as one JSON object on stdout, the errno data of the running CPython:
# the errno module's names, errno.errorcode, os.strerror texts, and the
# OSError subclass OSError(code, 'x') picks. Run natively (linux) and under
# Pyodide (emscripten) by gen_errno.py; Python 3.8+ with no third-party modules.
import errno, json, os, platform, sys

names = {n: getattr(errno, n) for n in dir(errno) if n.startswith('E')}
codes = sorted(errno.errorcode)
# Probe a range wide enough for every errno table known (Linux < 140,
# Emscripten < 160, WASI < 80), plus values around 0, far out, and the C int
# limits. gen_errno.py uses the same set (PROBE) for WASI: keep them in step.
probe = sorted(set(range(-2, 300)) | set(codes) | {9999, 65535, 100000, -9999, 2**31 - 1, -2**31})
out = {
    'version': sys.version,
    'platform': sys.platform,
    'platform_full': platform.platform(),
    'names': names,
    'errorcode': {str(c): errno.errorcode[c] for c in codes},
    'strerror': {str(c): os.strerror(c) for c in probe},
    'class': {str(c): type(OSError(c, 'x')).__name__ for c in probe},
}
try:
    import pyodide  # only under Pyodide (emscripten)
    out['pyodide'] = pyodide.__version__
except ImportError:
    pass
print(json.dumps(out, sort_keys=True))
