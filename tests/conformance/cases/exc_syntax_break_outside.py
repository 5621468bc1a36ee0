# A compile-time SyntaxError from the compiler: 'break' outside a loop
# (nothing runs, not even the print before it).
print("never printed")
for i in range(3):
    pass
if i:
    break
