cause = ExceptionGroup('cause group', [ValueError('c1'), ExceptionGroup('cause inner', [KeyError('c2')])])
effect = ExceptionGroup('effect group', [TypeError('e1')])
effect.__cause__ = cause
print(effect.__cause__ is cause, effect.__suppress_context__)
ctx = BaseExceptionGroup('context group', [OSError('ctx')])
cause.__context__ = ctx
raise effect
