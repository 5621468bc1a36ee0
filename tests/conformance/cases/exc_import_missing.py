# An uncaught ModuleNotFoundError from `import`.
print("before")
import this_module_does_not_exist
print("never")
