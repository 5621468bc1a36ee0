# 'yield' in a class body is outside any function: a SyntaxError at compile
# time pointing at the yield expression.
class Producer:
    items = [1, 2]
    first = (yield items)
