try:
    try:
        int("abc")
    except ValueError as e:
        e.add_note("while parsing the config")
        e.add_note("line 3")
        raise
except ValueError as e:
    print(e.__notes__)
e = TypeError("bad")
e.add_note("hint")
raise e
