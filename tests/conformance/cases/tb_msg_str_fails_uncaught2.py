class NotStr(Exception):
    def __str__(self):
        return 42

raise NotStr('x')
