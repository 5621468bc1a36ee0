def f(data):
    return data[
        'outer'
    ][
        'inner'  # comment
    ]

f({'outer': {}})
