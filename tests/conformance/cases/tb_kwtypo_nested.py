class Shape:
    def area(self):
        return 0

    def scale(self, k):
        for i in range(k):
            pass
        whiel k > 0:
            k -= 1
