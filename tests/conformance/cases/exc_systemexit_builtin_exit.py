# The exit() built-in raises SystemExit too; handlers and finally see it.
try:
    exit(5)
except SystemExit as e:
    print("exit() raised SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit() raised SystemExit", e.code)


class Status:
    def __str__(self):
        return "custom status"


raise SystemExit(Status())
