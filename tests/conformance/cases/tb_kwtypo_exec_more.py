import traceback

sources = [
    "x = (1,\n2)\nfro a in b: pass",
    "with open('f') as g:\n    pass\nwiht g: pass",
    "tru:\n    pass\nexcept: pass",
    "asert x == 1",
    "x = 1 iff y else 2",
    "def f():\n    yeild 5",
    "def f():\n    globl x",
    "a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 fro",
    "a1 = a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 fro",
    "print(f'{x fro x}')",
    "nonlocl x",
    "\u00e9 fro x in y: pass",
    "if x:\n\tpass\nelse:\n\tpass\nwhle 1: pass",
    "x = 1 +\nfro",
    "impor sys",
    "frm os import path",
    "from os imprt path",
    "clss A: pass",
    "for x ni y: pass",
    "if x adn y: pass",
    "x = not_ 1",
    "raies ValueError",
    "del_ x",
    "Flase = 1 2",
    "x = Ture or 1 2",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
    except Exception as e:
        print("other", type(e).__name__)
