for key in ["a", 1, (1, 2), None, "", "multi\nline", 3.5, frozenset(), b"x"]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
print(str(KeyError()), str(KeyError("a", "b")), repr(KeyError(("t",))))
{}[("x", 1)]
