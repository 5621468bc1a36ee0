def run(src):
    exec(src)

run('x = 1 +')
