# RecursionError through class instantiation (__init__ creating another
# instance), uncaught. 3.11 counts the call of the class as one more level
# ("while calling a Python object"). Only 3.11 is checked: 3.12+ limit such
# C-level recursion by their C stack (3.12's Pyodide oracle overflows it).
class Node:
    def __init__(self, n):
        self.child = Node(n + 1)
Node(0)
