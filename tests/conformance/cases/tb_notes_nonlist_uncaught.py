e = ValueError('v')
e.__notes__ = 12
raise e
