def countdown(n):
    total = 0
    whille n > 0:
        total += n
        n -= 1
    return total

print(countdown(3))
