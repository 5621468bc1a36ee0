# RecursionError caught: its message, the depth reached, recovering and
# recursing again, mutual recursion, recursion through methods and
# special methods, and sys.setrecursionlimit.
import sys

depth = 0


def dive(n):
    global depth
    depth = n
    dive(n + 1)


try:
    dive(1)
except RecursionError as e:
    print("RecursionError:", e)
    print("reached", depth)
print("limit", sys.getrecursionlimit())
try:
    dive(1)
except RecursionError:
    print("again reached", depth)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)


class Node:
    def depth(self):
        return self.depth() + 1


try:
    Node().depth()
except RecursionError as e:
    print("method:", e)


sys.setrecursionlimit(100)


def count(n):
    global depth
    depth = n
    return count(n + 1)


try:
    count(1)
except RecursionError:
    print("with limit 100 reached", depth)
sys.setrecursionlimit(1000)


def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(len(str(fact(500))))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
