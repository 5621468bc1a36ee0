inner = ExceptionGroup('inner', [OSError(i) for i in range(17)])
raise ExceptionGroup('outer', [inner] + [ValueError(i) for i in range(16)])
