# An uncaught KeyboardInterrupt: traceback and exit status 130.
def work():
    raise KeyboardInterrupt


print("working")
work()
