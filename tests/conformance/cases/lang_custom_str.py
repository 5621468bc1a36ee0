class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"

try:
    raise ValidationError("age", -3)
except ValidationError as e:
    print(e, e.args, repr(e))
raise ValidationError("name", "")
