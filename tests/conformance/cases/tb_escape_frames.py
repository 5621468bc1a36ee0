table = {}
def get(k):
    return table["\d" + k]
def main():
    return get("x") + len("\q")
main()
