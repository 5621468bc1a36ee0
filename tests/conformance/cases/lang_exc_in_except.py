try:
    {}["a"]
except KeyError:
    try:
        [][0]
    except IndexError:
        1 / 0
