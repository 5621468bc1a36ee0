# SystemExit with a code that is neither None, int nor str: its str() goes
# to stderr and the status is 1.
raise SystemExit(["a", 1])
