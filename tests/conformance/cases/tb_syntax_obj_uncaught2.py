raise SyntaxError('no location')
