class MyGroup(ExceptionGroup):
    pass
class Remote(ExceptionGroup):
    __module__ = 'net.remote'
    def __str__(self):
        return 'custom str'
raise MyGroup('mine', [Remote('r', [ValueError(1)]), ValueError(2)])
