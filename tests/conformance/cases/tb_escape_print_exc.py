import traceback
table = {}
try:
    table["\d"]
except KeyError:
    traceback.print_exc()
print("after")
