# add_note and __notes__: notes in str/repr (not shown), bad notes,
# replacing __notes__, and notes in the uncaught traceback.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
e.add_note("after del")
print(e.__notes__)


def annotate():
    try:
        int("x")
    except ValueError as err:
        err.add_note("while parsing the config")
        raise


try:
    annotate()
except ValueError as err:
    print(err.__notes__)
bad = KeyError("bad notes")
bad.__notes__ = "not a list"
try:
    bad.add_note("x")
except TypeError as err:
    print("TypeError:", err)
g = ExceptionGroup("group", [ValueError(1)])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__notes__ if hasattr(g.exceptions[0], "__notes__") else None)
final = RuntimeError("final")
final.add_note("note one")
final.add_note("note two")
final.__notes__.append(3)
raise final
