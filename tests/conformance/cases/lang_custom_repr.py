class E(Exception):
    def __repr__(self):
        return "E<custom>"
class F(Exception):
    def __str__(self):
        return ""
print(repr(E("x")), str(E("x")), repr(F("y")), str(F("y")) == "")
raise F("hidden")
