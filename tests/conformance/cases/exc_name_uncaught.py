# An uncaught NameError for a misspelled local, with the names the
# traceback can suggest from.
def compute(values):
    result = 0
    for value in values:
        result += valeu
    return result


compute([1, 2])
