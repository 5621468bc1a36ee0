e = ValueError('leaf')
for i in range(13):
    e = ExceptionGroup(f'level {i}', [e])
raise e
