d = {"a": 1}
def look(k):
    return d["\d" + k] + 1
look("x")
