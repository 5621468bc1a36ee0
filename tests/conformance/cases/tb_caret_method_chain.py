class Q:
    def where(self, x):
        return self
    def first(self):
        raise LookupError('empty')

q = Q()
row = q.where(1).where(2).first()
