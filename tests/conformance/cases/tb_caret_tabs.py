def f(x):
	if x:
		return x + 'a'

f(1)
