raise ValueError('ünïcödé ✓ 日本')
