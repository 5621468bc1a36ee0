import traceback
class Broken(Exception):
    def __str__(self):
        raise RuntimeError('nope')

class NotStr(Exception):
    def __str__(self):
        return 42

for cls in (Broken, NotStr):
    try:
        raise cls('x')
    except Exception:
        traceback.print_exc()
raise Broken('y')
