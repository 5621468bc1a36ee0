x = 3
if x > 5:
    print("big")
elsif x > 1:
    print("medium")
