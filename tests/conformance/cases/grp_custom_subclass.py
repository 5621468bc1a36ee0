class MyGroup(ExceptionGroup):
    pass
class Remote(ExceptionGroup):
    def __str__(self):
        return 'custom str'
Remote.__module__ = 'net.remote'
raise MyGroup('mine', [Remote('r', [ValueError(1)]), ValueError(2)])
