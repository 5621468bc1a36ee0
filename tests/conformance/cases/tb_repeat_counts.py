import traceback

def down(n):
    if n == 0:
        raise RuntimeError('bottom')
    down(n - 1)

for depth in (1, 2, 3, 4, 5):
    try:
        down(depth)
    except RuntimeError:
        print('depth', depth)
        traceback.print_exc()
down(4)
