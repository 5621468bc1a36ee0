snippets = {
    'break': 'for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'continue': 'for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'return': 'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'bare return': 'def f():\n    try:\n        pass\n    except* ValueError:\n        return\n',
    'return name': 'def f():\n    try:\n        pass\n    except* ValueError:\n        return  x\n',
    'return multiline constant': 'def f():\n    try:\n        pass\n    except* ValueError:\n        return (\n            "s")\n',
    'return in nested try': 'def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            return 1.5\n        finally:\n            pass\n',
    'break in with': 'for x in y:\n    try:\n        pass\n    except* ValueError:\n        with x:\n            break\n',
    'continue in finally body': 'for x in y:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            continue\n',
    'loop inside ok': 'try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n',
    'def inside ok': 'try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n',
    'break in else ok': 'for i in x:\n    try:\n        pass\n    except* ValueError:\n        pass\n    else:\n        break\n',
    'bare except*': 'try:\n    pass\nexcept*:\n    pass\n',
    'mixed': 'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
    'mixed star first': 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
    'no body': 'try:\n    pass\nexcept* ValueError:\n',
    'finally only': 'try:\n    pass\nexcept* ValueError:\n    pass\nfinally:\n    pass\n',
}
for name, src in snippets.items():
    try:
        compile(src, 'snippet.py', 'exec')
        print(name, '| ok')
    except SyntaxError as e:
        print(name, '|', type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
