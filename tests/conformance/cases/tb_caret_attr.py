class Box:
    def __init__(self):
        self.content = None

b = Box()
print(b.content)
size = len(b.content.strip())
