import traceback
class O:
    ab = 1
    a_very_long_attribute_name_that_goes_on_and_on = 2
for name in ('a', 'b', 'abc', 'xy', 'a_very_long_attribute_name_that_goes_on_and_ox', 'AB'):
    try:
        getattr(O(), name)
    except AttributeError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
x = 1
try:
    y
except NameError as e:
    traceback.print_exc()
