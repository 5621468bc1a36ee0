#!/usr/bin/env python3
"""Writes tests/oracle/ctor_cases.json: the constructor cases of the oracle.

Run: python3 tests/oracle/build_cases.py   (then python3 tests/oracle/gen.py)

Cases are written here as Python values and converted to the JSON input
encoding (see ENCODING in gen.py / FINDINGS.md):
  null/true/false/strings/ints with |n| < 2**53 as themselves,
  {"int": "..."} big ints, {"float": "..."} floats (never integral),
  {"bytes": [..]}, {"tuple": [..]}, [..] lists, {"dict": [[k, v], ..]},
  {"exc": {"cls": "ValueError", "args": [..]}} an exception instance
  (needed for ExceptionGroup members and exception-valued args).
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))


class Exc:
    """An exception instance used as a value: Exc('ValueError', 1)."""

    def __init__(self, cls, *args):
        self.cls = cls
        self.args = list(args)


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {"int": str(v)}
    if isinstance(v, float):
        assert math.isnan(v) or math.isinf(v) or v != int(v) or (v == 0 and math.copysign(1, v) < 0), \
            f"integral float {v!r} cannot be expressed from JS"
        return {"float": repr(v)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, Exc):
        return {"exc": {"cls": v.cls, "args": [enc(x) for x in v.args]}}
    raise TypeError(f"cannot encode {v!r}")


# Every built-in exception name of 3.11..3.14 (builtins namespace, incl. the
# aliases EnvironmentError/IOError and the 3.13+ PythonFinalizationError and
# private _IncompleteInputError).
ALL = """ArithmeticError AssertionError AttributeError BaseException
BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning
ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError
ConnectionResetError DeprecationWarning EOFError EncodingWarning
EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError
FloatingPointError FutureWarning GeneratorExit IOError ImportError
ImportWarning IndentationError IndexError InterruptedError IsADirectoryError
KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError
NameError NotADirectoryError NotImplementedError OSError OverflowError
PendingDeprecationWarning PermissionError ProcessLookupError
PythonFinalizationError RecursionError ReferenceError ResourceWarning
RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning
ZeroDivisionError _IncompleteInputError""".split()

OS_CLASSES = """OSError EnvironmentError IOError BlockingIOError ChildProcessError
ConnectionError BrokenPipeError ConnectionAbortedError ConnectionRefusedError
ConnectionResetError FileExistsError FileNotFoundError InterruptedError
IsADirectoryError NotADirectoryError PermissionError ProcessLookupError
TimeoutError""".split()

A_OS = ["errno", "strerror", "filename", "filename2", "winerror", "characters_written"]
A_SYN = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
         "print_file_and_line"]
A_UNI = ["encoding", "object", "start", "end", "reason"]
A_IMP = ["msg", "name", "path", "name_from"]
A_ATTR = ["name", "obj"]
A_NAME = ["name"]
A_EG = ["message", "exceptions"]


def attrs_for(cls):
    if cls in OS_CLASSES:
        return A_OS
    if cls in ("SyntaxError", "IndentationError", "TabError", "_IncompleteInputError"):
        return A_SYN
    if cls.startswith("Unicode") and cls.endswith("Error"):
        return A_UNI
    if cls in ("ImportError", "ModuleNotFoundError"):
        return A_IMP
    if cls == "AttributeError":
        return A_ATTR
    if cls in ("NameError", "UnboundLocalError"):
        return A_NAME
    if cls in ("BaseExceptionGroup", "ExceptionGroup"):
        return A_EG
    if cls in ("StopIteration", "StopAsyncIteration"):
        return ["value"]
    if cls == "SystemExit":
        return ["code"]
    return []


CASES = []
IDS = set()


def case(id, cls, *args, attrs=None, **kw):
    assert id not in IDS, id
    IDS.add(id)
    CASES.append({
        "id": id,
        "cls": cls,
        "args": [enc(a) for a in args],
        "kw": {k: enc(v) for k, v in kw.items()},
        "attrs": attrs_for(cls) if attrs is None else attrs,
    })


# --- 1. every class with 0, 1 and 2 args -----------------------------------
for c in ALL:
    case(f"all.{c}.0", c)
    case(f"all.{c}.1", c, "msg")
    case(f"all.{c}.2", c, "a", 1)

# --- 2. BaseException args / str / repr ------------------------------------
VALUES = [
    ("none", None), ("true", True), ("false", False), ("int0", 0), ("intm1", -1),
    ("int42", 42), ("big_1e30", 10**30), ("big_m2p64", -2**64),
    ("int_2p53m1", 2**53 - 1), ("big_2p53", 2**53),
    ("f0.1", 0.1), ("f1e-05", 1e-05), ("f0.30000000000000004", 0.30000000000000004),
    ("fnan", float("nan")), ("finf", float("inf")), ("fminf", float("-inf")),
    ("fm0.0", -0.0), ("f1.5e-300", 1.5e-300), ("f5e-324", 5e-324), ("f2.5", 2.5), ("f1e-07", 1e-07),
    ("f123456789.123", 123456789.123), ("fm2.5", -2.5),
    ("s_empty", ""), ("s_plain", "plain"), ("s_space", "two words"),
    ("s_apos", "it's"), ("s_dquote", 'a"b'), ("s_both", "a'b\"c"),
    ("s_nul", "\x00"), ("s_zwsp", "\u200b"), ("s_emoji", "\U0001f600"),
    ("s_tabnl", "\t\n"), ("s_cr", "\r"), ("s_backslash", "\\"), ("s_del", "\x7f"),
    ("s_nbsp", "\xa0"), ("s_eacute", "\xe9"), ("s_cjk", "\u4e2d\u6587"),
    ("s_lsep", "\u2028"), ("s_tag", "\U000e0001"), ("s_esc", "\x1b[0m"),
    ("s_c1", "\x85"), ("s_mixed", "caf\xe9 \u2603 \U0001f600 'q' \"d\" \\ \x01"),
    ("s_lone_surrogate", "\ud800"),
    ("b_empty", b""), ("b_hi", b"hi"), ("b_quotes", b"\x00\xff\"'"),
    ("b_apos", b"a'b"), ("b_ctrl", b"\t\n\r\\"), ("b_high", b"\x7f\x80"),
    ("t_empty", ()), ("t_one", (1,)), ("t_two", (1, "a")), ("t_nested", ((), ("x",))),
    ("l_empty", []), ("l_two", [1, "a"]), ("l_mixed", [None, True, 1.5, b"x"]),
    ("d_empty", {}), ("d_one", {"k": 1}), ("d_mixed", {1: (2,), "a": [None]}),
    ("exc_inner", Exc("ValueError", "inner")), ("exc_noargs", Exc("KeyError")),
    ("exc_keyerror", Exc("KeyError", "k")),
]
for tag, v in VALUES:
    case(f"base.Exception.1.{tag}", "Exception", v)
for tag, v in [("none", None), ("s_apos", "it's"), ("t_two", (1, "a")), ("l_empty", []),
               ("int42", 42), ("b_hi", b"hi"), ("s_empty", "")]:
    case(f"base.BaseException.1.{tag}", "BaseException", v)
    case(f"base.ValueError.1.{tag}", "ValueError", v)
case("base.BaseException.0", "BaseException")
case("base.Exception.2.str_int", "Exception", "a", 1)
case("base.Exception.3.strs", "Exception", "a", "b", "c")
case("base.Exception.2.nones", "Exception", None, None)
case("base.Exception.2.empties", "Exception", (), [])
case("base.Exception.2.quotes", "Exception", "it's", 'a"b')
case("base.Exception.2.unicode", "Exception", "\u200b", "\U0001f600")
case("base.Exception.2.floats", "Exception", 0.1, float("nan"))
case("base.Exception.2.bytes", "Exception", b"\x00\xff\"'", b"")
case("base.Exception.2.exc", "Exception", Exc("ValueError", 1), Exc("TypeError"))
case("base.Exception.1.tuple_of_one_str", "Exception", ("only",))
case("base.Exception.10.ints", "Exception", *range(10))
case("base.Exception.2.big", "Exception", 10**30, -2**64)
case("base.Exception.2.dicts", "Exception", {}, {"a": (1,)})
case("base.Exception.kw_empty", "Exception", "a")  # kw {} is the default
case("base.UserWarning.1", "UserWarning", "careful")
case("base.DeprecationWarning.2", "DeprecationWarning", "a", 1)
case("base.KeyboardInterrupt.1", "KeyboardInterrupt", "ctrl-c")
case("base.GeneratorExit.1", "GeneratorExit", 1)
case("base.MemoryError.1", "MemoryError", "oom")
case("base.RecursionError.1", "RecursionError", "deep")
case("base.StopAsyncIteration.1", "StopAsyncIteration", 1)

# --- 3. KeyError -------------------------------------------------------------
for tag, v in [("s", "a"), ("int", 1), ("none", None), ("empty", ""), ("apos", "it's"),
               ("dquote", 'a"b'), ("tuple2", (1, 2)), ("tuple0", ()), ("tuple1", ("x",)),
               ("bytes", b"x"), ("exc", Exc("ValueError", "v")), ("float", 0.1),
               ("list", [1]), ("unicode", "\u200b\U0001f600"), ("big", 10**30),
               ("true", True), ("nan", float("nan"))]:
    case(f"keyerror.1.{tag}", "KeyError", v)
case("keyerror.0", "KeyError")
case("keyerror.2", "KeyError", "a", "b")
case("keyerror.3", "KeyError", 1, None, "c")
case("lookuperror.1", "LookupError", "a")
case("indexerror.1", "IndexError", "a")

# --- 4. OSError ----------------------------------------------------------------
LINUX_MAPPED = [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115]
EMSCRIPTEN_MAPPED = [2, 6, 7, 12, 13, 14, 15, 20, 26, 27, 31, 44, 54, 63, 64, 71, 73, 140]
for n in sorted(set(LINUX_MAPPED) | set(EMSCRIPTEN_MAPPED)):
    case(f"oserror.errno.{n}", "OSError", n, "msg")
for tag, v in [("0", 0), ("m1", -1), ("5", 5), ("9", 9), ("38", 38), ("100", 100),
               ("9999", 9999), ("2p31", 2**31), ("2p40", 2**40), ("2p53", 2**53),
               ("1e30", 10**30), ("true", True), ("false", False), ("str2", "2"),
               ("f2.5", 2.5), ("none", None), ("bytes", b"2"), ("tuple", (2,))]:
    case(f"oserror.errno_other.{tag}", "OSError", v, "msg")
case("oserror.0", "OSError")
case("oserror.1.int", "OSError", 2)
case("oserror.1.str", "OSError", "just a message")
case("oserror.1.none", "OSError", None)
case("oserror.2.none_strerror", "OSError", 2, None)
case("oserror.2.none_errno", "OSError", None, "x")
case("oserror.2.none_none", "OSError", None, None)
case("oserror.2.str_errno", "OSError", "a", "b")
case("oserror.2.int_strerror", "OSError", 2, 3)
case("oserror.2.empty_strerror", "OSError", 2, "")
for tag, v in [("str", "f.txt"), ("bytes", b"f.txt"), ("int", 3), ("none", None),
               ("empty", ""), ("apos", "it's"), ("unicode", "\xe9\u200b\U0001f600"),
               ("bytes_high", b"\xff\x00"), ("float", 2.5), ("tuple", ("a",)),
               ("list", ["a"]), ("big", 10**30), ("true", True)]:
    case(f"oserror.3.filename_{tag}", "OSError", 2, "No such file", v)
case("oserror.3.unknown_errno", "OSError", 9999, "x", "f")
case("oserror.3.none_errno", "OSError", None, "x", "f")
case("oserror.3.none_strerror", "OSError", 2, None, "f")
case("oserror.3.none_both", "OSError", None, None, "f")
case("oserror.4.winerror_int", "OSError", 2, "x", "f", 5)
case("oserror.4.winerror_none", "OSError", 2, "x", "f", None)
case("oserror.4.filename_none_winerror", "OSError", 2, "x", None, 5)
case("oserror.4.winerror_str", "OSError", 2, "x", "f", "w")
case("oserror.5.filename2", "OSError", 2, "x", "f", None, "g")
case("oserror.5.filename2_winerror", "OSError", 2, "x", "f", 5, "g")
case("oserror.5.filename2_bytes", "OSError", 2, "x", b"f", None, b"g")
case("oserror.5.filename2_int", "OSError", 2, "x", 3, None, 4)
case("oserror.5.filename2_none", "OSError", 2, "x", "f", None, None)
case("oserror.5.filename_none_filename2", "OSError", 2, "x", None, None, "g")
case("oserror.5.mixed", "OSError", 13, "Permission denied", "a'b", None, 'c"d')
case("oserror.5.unknown_errno", "OSError", 9999, "x", "f", None, "g")
case("oserror.5.none_errno", "OSError", None, "x", "f", None, "g")
case("oserror.6", "OSError", 2, "x", "f", None, "g", 6)
case("oserror.6.nones", "OSError", None, None, None, None, None, None)
case("oserror.7", "OSError", 2, "x", "f", None, "g", 6, 7)
case("oserror.kw.filename", "OSError", 2, "x", filename="f")
case("oserror.kw.errno", "OSError", errno=2)
case("oserror.kw.unknown", "OSError", x=1)
case("oserror.kw.unknown_with_args", "OSError", 2, "x", x=1)
case("oserror.alias.EnvironmentError", "EnvironmentError", 2, "x")
case("oserror.alias.IOError", "IOError", 13, "x", "f")
case("oserror.alias.IOError_linux_eacces", "IOError", 13, "x")
case("oserror.alias.EnvironmentError_1", "EnvironmentError", "x")
# subclasses constructed directly keep their class
for c in OS_CLASSES[3:]:
    case(f"oserror.sub.{c}.2_x_f", c, 2, "x", "f")
    case(f"oserror.sub.{c}.9999_x", c, 9999, "x")
case("oserror.sub.FileNotFoundError.eacces13", "FileNotFoundError", 13, "x")
case("oserror.sub.FileNotFoundError.eacces2", "FileNotFoundError", 2, "x")
case("oserror.sub.FileNotFoundError.enoent44", "FileNotFoundError", 44, "x")
case("oserror.sub.PermissionError.2", "PermissionError", 2, "x")
case("oserror.sub.PermissionError.1", "PermissionError", 1, "x")
case("oserror.sub.PermissionError.63", "PermissionError", 63, "x")
case("oserror.sub.FileNotFoundError.1arg", "FileNotFoundError", "only")
case("oserror.sub.FileNotFoundError.5args", "FileNotFoundError", 2, "x", "f", None, "g")
case("oserror.sub.FileNotFoundError.6args", "FileNotFoundError", 2, "x", "f", None, "g", 6)
case("oserror.sub.ConnectionError.104", "ConnectionError", 104, "x")
case("oserror.sub.ConnectionError.15", "ConnectionError", 15, "x")
case("oserror.sub.TimeoutError.1arg", "TimeoutError", "timed out")
# BlockingIOError and characters_written
case("blocking.3.int", "BlockingIOError", 11, "x", 5)
case("blocking.3.zero", "BlockingIOError", 11, "x", 0)
case("blocking.3.neg", "BlockingIOError", 11, "x", -1)
case("blocking.3.str", "BlockingIOError", 11, "x", "f")
case("blocking.3.bytes", "BlockingIOError", 11, "x", b"f")
case("blocking.3.none", "BlockingIOError", 11, "x", None)
case("blocking.3.float", "BlockingIOError", 11, "x", 2.5)
case("blocking.3.big", "BlockingIOError", 11, "x", 10**30)
case("blocking.3.true", "BlockingIOError", 11, "x", True)
case("blocking.3.errno2", "BlockingIOError", 2, "x", 5)
case("blocking.2", "BlockingIOError", 11, "x")
case("blocking.1", "BlockingIOError", 11)
case("blocking.0", "BlockingIOError")
case("blocking.4", "BlockingIOError", 11, "x", 5, 7)
case("blocking.5", "BlockingIOError", 11, "x", 5, None, "g")
case("blocking.5.str", "BlockingIOError", 11, "x", "f", None, "g")
case("blocking.6", "BlockingIOError", 11, "x", 5, None, "g", 6)
case("blocking.via_oserror.linux11", "OSError", 11, "x", 5)
case("blocking.via_oserror.emscripten6", "OSError", 6, "x", 5)
case("blocking.via_oserror.linux115", "OSError", 115, "x", 5)
case("blocking.via_oserror.emscripten26", "OSError", 26, "x", 5)
case("blocking.oserror_unknown_int3", "OSError", 9999, "x", 5)

# --- 5. SyntaxError ----------------------------------------------------------
D4 = ("file.py", 3, 4, "x = = 1\n")
D6 = ("file.py", 3, 4, "x = = 1\n", 3, 6)
for c in ("SyntaxError", "IndentationError", "TabError", "_IncompleteInputError"):
    case(f"syntax.{c}.4tuple", c, "bad", D4)
    case(f"syntax.{c}.6tuple", c, "bad", D6)
    case(f"syntax.{c}.msg", c, "bad")
    case(f"syntax.{c}.0", c)
    case(f"syntax.{c}.none_file", c, "bad", (None, 3, 4, "t"))
    case(f"syntax.{c}.none_line", c, "bad", ("file.py", None, 4, "t"))
    case(f"syntax.{c}.bad_len", c, "bad", ("file.py", 3))
S = "SyntaxError"
case("syntax.none_both", S, "bad", (None, None, None, None))
case("syntax.path_basename", S, "bad", ("dir/sub/file.py", 7, 1, "t"))
case("syntax.path_trailing_slash", S, "bad", ("dir/", 7, 1, "t"))
case("syntax.path_backslash", S, "bad", ("C:\\dir\\file.py", 7, 1, "t"))
case("syntax.filename_empty", S, "bad", ("", 7, 1, "t"))
case("syntax.filename_bytes", S, "bad", (b"file.py", 7, 1, "t"))
case("syntax.filename_int", S, "bad", (5, 7, 1, "t"))
case("syntax.filename_unicode", S, "bad", ("\xe9\U0001f600.py", 7, 1, "t"))
case("syntax.filename_quote", S, "bad", ("it's.py", 7, 1, "t"))
case("syntax.lineno_str", S, "bad", ("file.py", "3", 1, "t"))
case("syntax.lineno_true", S, "bad", ("file.py", True, 1, "t"))
case("syntax.lineno_float", S, "bad", ("file.py", 2.5, 1, "t"))
case("syntax.lineno_big", S, "bad", ("file.py", 10**30, 1, "t"))
case("syntax.lineno_2p40", S, "bad", ("file.py", 2**40, 1, "t"))
case("syntax.lineno_neg", S, "bad", ("file.py", -1, 1, "t"))
case("syntax.lineno_zero", S, "bad", ("file.py", 0, 1, "t"))
case("syntax.lineno_none_file_none", S, "bad", (None, 0, 1, "t"))
case("syntax.line_only", S, "bad", (None, 12, None, None))
case("syntax.offset_none", S, "bad", ("file.py", 3, None, None))
case("syntax.5tuple", S, "bad", ("file.py", 3, 4, "t", 5))
case("syntax.3tuple", S, "bad", ("file.py", 3, 4))
case("syntax.7tuple", S, "bad", ("file.py", 3, 4, "t", 5, 6, 7))
case("syntax.0tuple", S, "bad", ())
case("syntax.list_details", S, "bad", ["file.py", 3, 4, "t"])
case("syntax.str_details_4", S, "bad", "abcd")
case("syntax.str_details_2", S, "bad", "ab")
case("syntax.int_details", S, "bad", 5)
case("syntax.none_details", S, "bad", None)
case("syntax.msg_int", S, 5, ("file.py", 3, 4, "t"))
case("syntax.msg_none", S, None, ("file.py", 3, 4, "t"))
case("syntax.msg_none_only", S, None)
case("syntax.msg_int_only", S, 5)
case("syntax.msg_empty", S, "", ("file.py", 3, 4, "t"))
case("syntax.msg_quote", S, "it's \"bad\"", ("file.py", 3, 4, "t"))
case("syntax.3args", S, "a", "b", "c")
case("syntax.2args_strs", S, "a", "b")
case("syntax.6tuple_nones", S, "bad", ("file.py", 3, 4, "t", None, None))
case("syntax.kw_unknown", S, "bad", x=1)
case("syntax.kw_msg", S, msg="bad")
case("syntax.IndentationError.path", "IndentationError", "unexpected indent",
     ("/tmp/a/b.py", 2, 4, "    x\n", 2, 5))
case("syntax.TabError.path", "TabError", "inconsistent use of tabs",
     ("b.py", None, 4, "\tx\n"))

# --- 6. Unicode errors ------------------------------------------------------------
U = "UnicodeDecodeError"
case("udecode.one", U, "utf-8", b"\xff", 0, 1, "invalid start byte")
case("udecode.one_mid", U, "utf-8", b"ab\x80cd", 2, 3, "invalid start byte")
case("udecode.nul", U, "ascii", b"\x00", 0, 1, "r")
case("udecode.range", U, "utf-8", b"\xff\xfe", 0, 2, "unexpected end of data")
case("udecode.range_mid", U, "utf-8", b"abcdef", 1, 4, "r")
case("udecode.empty_range", U, "utf-8", b"ab", 1, 1, "r")
case("udecode.start_gt_end", U, "utf-8", b"abc", 2, 1, "r")
case("udecode.start_oor", U, "utf-8", b"ab", 5, 6, "r")
case("udecode.end_oor", U, "utf-8", b"ab", 0, 10, "r")
case("udecode.end_oor_one", U, "utf-8", b"ab", 1, 3, "r")
case("udecode.start_neg", U, "utf-8", b"ab", -1, 1, "r")
case("udecode.both_neg", U, "utf-8", b"ab", -2, -1, "r")
case("udecode.start_eq_len", U, "utf-8", b"ab", 2, 3, "r")
case("udecode.empty_obj", U, "utf-8", b"", 0, 1, "r")
case("udecode.empty_obj_00", U, "utf-8", b"", 0, 0, "r")
case("udecode.start_true", U, "utf-8", b"ab", False, True, "r")
case("udecode.big_start", U, "utf-8", b"ab", 10**30, 1, "r")
case("udecode.big_end", U, "utf-8", b"ab", 0, 2**63, "r")
case("udecode.str_object", U, "utf-8", "ab", 0, 1, "r")
case("udecode.list_object", U, "utf-8", [1], 0, 1, "r")
case("udecode.int_encoding", U, 1, b"ab", 0, 1, "r")
case("udecode.bytes_encoding", U, b"utf-8", b"ab", 0, 1, "r")
case("udecode.int_reason", U, "utf-8", b"ab", 0, 1, 5)
case("udecode.none_reason", U, "utf-8", b"ab", 0, 1, None)
case("udecode.str_start", U, "utf-8", b"ab", "0", 1, "r")
case("udecode.float_start", U, "utf-8", b"ab", 0.5, 1, "r")
case("udecode.none_end", U, "utf-8", b"ab", 0, None, "r")
case("udecode.weird_encoding", U, "\xfctf'\"x", b"\xc3", 0, 1, "it's \"r\"")
case("udecode.empty_strings", U, "", b"\xc3", 0, 1, "")
case("udecode.4args", U, "utf-8", b"ab", 0, 1)
case("udecode.6args", U, "utf-8", b"ab", 0, 1, "r", "extra")
case("udecode.kw", U, "utf-8", b"ab", 0, 1, "r", x=1)
E = "UnicodeEncodeError"
case("uencode.latin1", E, "ascii", "\xe9", 0, 1, "ordinal not in range(128)")
case("uencode.ascii_char", E, "ascii", "a", 0, 1, "r")
case("uencode.nul", E, "ascii", "\x00", 0, 1, "r")
case("uencode.bmp", E, "latin-1", "\u20ac", 0, 1, "r")
case("uencode.astral", E, "latin-1", "\U0001f600", 0, 1, "r")
case("uencode.ff", E, "ascii", "\xff", 0, 1, "r")
case("uencode.100", E, "ascii", "\u0100", 0, 1, "r")
case("uencode.ffff", E, "ascii", "\uffff", 0, 1, "r")
case("uencode.10000", E, "ascii", "\U00010000", 0, 1, "r")
case("uencode.10ffff", E, "ascii", "\U0010ffff", 0, 1, "r")
case("uencode.surrogate", E, "utf-8", "\udcff", 0, 1, "surrogates not allowed")
case("uencode.range", E, "ascii", "abc", 0, 2, "r")
case("uencode.range_mid", E, "ascii", "a\xe9\xe9b", 1, 3, "r")
case("uencode.empty_range", E, "ascii", "abc", 1, 1, "r")
case("uencode.start_gt_end", E, "ascii", "abc", 2, 1, "r")
case("uencode.start_oor", E, "ascii", "ab", 5, 6, "r")
case("uencode.end_oor", E, "ascii", "ab", 1, 10, "r")
case("uencode.start_neg", E, "ascii", "ab", -1, 1, "r")
case("uencode.empty_obj", E, "ascii", "", 0, 1, "r")
case("uencode.bytes_object", E, "ascii", b"ab", 0, 1, "r")
case("uencode.int_encoding", E, 1, "ab", 0, 1, "r")
case("uencode.int_reason", E, "ascii", "ab", 0, 1, 5)
case("uencode.str_end", E, "ascii", "ab", 0, "1", "r")
case("uencode.4args", E, "ascii", "ab", 0, 1)
case("uencode.0args", E)
T = "UnicodeTranslateError"
case("utranslate.one", T, "\xe9", 0, 1, "no mapping")
case("utranslate.ascii", T, "abc", 1, 2, "r")
case("utranslate.bmp", T, "\u20ac", 0, 1, "r")
case("utranslate.astral", T, "\U0001f600", 0, 1, "r")
case("utranslate.range", T, "abc", 0, 3, "r")
case("utranslate.empty_range", T, "abc", 1, 1, "r")
case("utranslate.start_gt_end", T, "abc", 2, 1, "r")
case("utranslate.start_oor", T, "ab", 5, 6, "r")
case("utranslate.end_oor", T, "ab", 0, 10, "r")
case("utranslate.start_neg", T, "ab", -1, 1, "r")
case("utranslate.empty_obj", T, "", 0, 1, "r")
case("utranslate.bytes_object", T, b"ab", 0, 1, "r")
case("utranslate.int_reason", T, "ab", 0, 1, 5)
case("utranslate.float_start", T, "ab", 0.5, 1, "r")
case("utranslate.3args", T, "ab", 0, 1)
case("utranslate.5args", T, "ab", 0, 1, "r", "x")
case("utranslate.kw", T, "ab", 0, 1, "r", x=1)
case("unicodeerror.2", "UnicodeError", "utf-8", b"x")
case("unicodeerror.5", "UnicodeError", "utf-8", b"\xff", 0, 1, "r")

# --- 7. StopIteration / SystemExit -------------------------------------------------
for c in ("StopIteration", "SystemExit"):
    case(f"{c}.0", c)
    case(f"{c}.1.int", c, 1)
    case(f"{c}.1.zero", c, 0)
    case(f"{c}.1.none", c, None)
    case(f"{c}.1.str", c, "bye")
    case(f"{c}.1.tuple", c, ())
    case(f"{c}.1.true", c, True)
    case(f"{c}.2", c, 1, 2)
    case(f"{c}.3", c, "a", None, 3)
    case(f"{c}.kw_unknown", c, 1, x=1)
case("StopAsyncIteration.value_attr", "StopAsyncIteration", 1, attrs=["value"])

# --- 8. ImportError / ModuleNotFoundError -------------------------------------
for c in ("ImportError", "ModuleNotFoundError"):
    case(f"import.{c}.msg", c, "no module named x")
    case(f"import.{c}.msg_name", c, "m", name="n")
    case(f"import.{c}.msg_name_path", c, "m", name="n", path="/p/n.py")
    case(f"import.{c}.name_only", c, name="n")
    case(f"import.{c}.path_only", c, path="p")
    case(f"import.{c}.name_path_only", c, name="n", path="p")
    case(f"import.{c}.name_from", c, "m", name_from="x")
    case(f"import.{c}.name_name_from", c, "m", name="n", name_from="x")
    case(f"import.{c}.kw_unknown", c, "m", x=1)
    case(f"import.{c}.kw_unknown_name", c, "m", name="n", x=1)
    case(f"import.{c}.2args", c, "a", "b")
    case(f"import.{c}.2args_name", c, "a", "b", name="n")
    case(f"import.{c}.int_msg", c, 1)
I = "ImportError"
case("import.0", I)
case("import.name_none", I, "m", name=None)
case("import.name_int", I, "m", name=1, path=b"p")
case("import.msg_quote", I, "it's \"q\"", name="n")
case("import.msg_none", I, None, name="n")
case("import.msg_empty", I, "", name="n")
case("import.msg_tuple", I, ("a",))
case("import.kw_two_unknown", I, x=1, y=2)
case("import.kw_unknown_and_name_from", I, name_from="a", x=1)

# --- 9. AttributeError / NameError ------------------------------------------------
A = "AttributeError"
case("attr.msg", A, "no attr")
case("attr.msg_name_obj", A, "m", name="n", obj=1)
case("attr.msg_name", A, "m", name="n")
case("attr.obj_only", A, obj=None)
case("attr.obj_str", A, "m", obj="s")
case("attr.name_only", A, name="n")
case("attr.name_int", A, "m", name=5)
case("attr.2args_name", A, "a", "b", name="n")
case("attr.kw_unknown", A, "m", x=1)
case("attr.kw_unknown_name", A, "m", name="n", x=1)
case("attr.kw_two_unknown", A, x=1, y=2)
case("attr.obj_exc", A, "m", obj=Exc("ValueError", 1))
case("attr.obj_tuple", A, "m", obj=(1, 2))
N = "NameError"
case("name.msg", N, "name 'x' is not defined")
case("name.msg_name", N, "m", name="n")
case("name.name_only", N, name="n")
case("name.name_none", N, "m", name=None)
case("name.obj_kw", N, "m", obj=1)
case("name.kw_unknown", N, x=1)
case("name.kw_two_unknown", N, x=1, y=2)
case("name.2args_name", N, "a", "b", name="n")
case("name.UnboundLocalError.name", "UnboundLocalError", "m", name="n")
case("name.UnboundLocalError.kw_unknown", "UnboundLocalError", "m", x=1)

# --- 10. unknown keywords on every family -------------------------------------------
for c in ("BaseException", "Exception", "ValueError", "KeyError", "LookupError",
          "KeyboardInterrupt", "SystemExit", "StopIteration", "Warning", "UserWarning",
          "MemoryError", "OSError", "FileNotFoundError", "BlockingIOError",
          "EnvironmentError", "SyntaxError", "IndentationError", "UnicodeError",
          "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
          "ImportError", "ModuleNotFoundError", "AttributeError", "NameError",
          "UnboundLocalError", "PythonFinalizationError", "RecursionError"):
    case(f"kw.{c}.x", c, x=1)
    case(f"kw.{c}.arg_x", c, "a", x=1)
case("kw.BaseException.two", "BaseException", x=1, y=2)
case("kw.OSError.two", "OSError", x=1, y=2)
case("kw.BaseExceptionGroup.x", "BaseExceptionGroup", "m", [Exc("ValueError", 1)], x=1)
case("kw.ExceptionGroup.x", "ExceptionGroup", "m", [Exc("ValueError", 1)], x=1)
case("kw.ExceptionGroup.only_kw", "ExceptionGroup", x=1)
case("kw.ExceptionGroup.named", "ExceptionGroup", message="m", exceptions=[Exc("ValueError")])
case("kw.BaseExceptionGroup.named", "BaseExceptionGroup", message="m",
     exceptions=[Exc("ValueError")])

# --- 11. exception groups ---------------------------------------------------------------
EG, BEG = "ExceptionGroup", "BaseExceptionGroup"
V1, T2, KI = Exc("ValueError", 1), Exc("TypeError", 2), Exc("KeyboardInterrupt")
case("eg.two", EG, "msg", [V1, T2])
case("eg.one", EG, "msg", [V1])
case("eg.three", EG, "msg", [V1, T2, Exc("KeyError", "k")])
case("eg.tuple", EG, "msg", (V1, T2))
case("eg.tuple_one", EG, "msg", (V1,))
case("eg.msg_empty", EG, "", [V1])
case("eg.msg_quotes", EG, "it's \"q\"", [V1])
case("eg.msg_unicode", EG, "\u200b\U0001f600\n", [V1])
case("eg.nested", EG, "outer", [Exc("ExceptionGroup", "inner", [V1]), T2])
case("eg.same_twice", EG, "msg", [Exc("ValueError"), Exc("ValueError")])
case("eg.msg_int", EG, 1, [V1])
case("eg.msg_none", EG, None, [V1])
case("eg.msg_bytes", EG, b"m", [V1])
case("eg.empty_list", EG, "msg", [])
case("eg.empty_tuple", EG, "msg", ())
case("eg.member_int", EG, "msg", [1])
case("eg.member_second_str", EG, "msg", [V1, "x"])
case("eg.member_none", EG, "msg", [None])
case("eg.base_member", EG, "msg", [KI])
case("eg.base_member_second", EG, "msg", [V1, KI])
case("eg.base_group_member", EG, "msg", [Exc("BaseExceptionGroup", "b", [KI])])
case("eg.excs_none", EG, "msg", None)
case("eg.excs_exc", EG, "msg", V1)
case("eg.excs_str", EG, "msg", "ab")
case("eg.excs_dict", EG, "msg", {"a": 1})
case("eg.excs_int", EG, "msg", 5)
case("eg.0", EG)
case("eg.1", EG, "msg")
case("eg.3", EG, "msg", [V1], 3)
case("beg.auto_eg", BEG, "msg", [V1, T2])
case("beg.auto_eg_one", BEG, "msg", [V1])
case("beg.base_member", BEG, "msg", [KI])
case("beg.mixed", BEG, "msg", [V1, KI])
case("beg.nested_eg", BEG, "msg", [Exc("ExceptionGroup", "inner", [V1])])
case("beg.nested_beg", BEG, "msg", [Exc("BaseExceptionGroup", "inner", [KI])])
case("beg.systemexit", BEG, "msg", [Exc("SystemExit", 3)])
case("beg.tuple", BEG, "msg", (KI,))
case("beg.msg_int", BEG, 1, [KI])
case("beg.empty", BEG, "msg", [])
case("beg.member_int", BEG, "msg", [KI, 1])
case("beg.excs_none", BEG, "msg", None)
case("beg.0", BEG)
case("beg.1", BEG, "msg")
case("beg.3", BEG, "msg", [KI], 3)

# --- 12. keyword-count checks, C integer widths (wasm32 vs 64-bit), 3.14 _metadata ---------
case("kw.BaseExceptionGroup.x_base", "BaseExceptionGroup", "m", [KI], x=1)
case("kwcount.ImportError.3unknown", "ImportError", x=1, y=2, z=3)
case("kwcount.ImportError.4unknown", "ImportError", a=1, b=2, c=3, d=4)
case("kwcount.ImportError.name_path_x", "ImportError", "m", name="n", path="p", x=1)
case("kwcount.ImportError.name_path_name_from", "ImportError", "m", name="n", path="p",
     name_from="f")
case("kwcount.ModuleNotFoundError.3unknown", "ModuleNotFoundError", x=1, y=2, z=3)
case("kwcount.AttributeError.3unknown", "AttributeError", x=1, y=2, z=3)
case("kwcount.AttributeError.name_obj_x", "AttributeError", "m", name="n", obj=1, x=1)
case("kwcount.NameError.name_x", "NameError", "m", name="n", x=1)
case("kwcount.UnboundLocalError.2unknown", "UnboundLocalError", x=1, y=2)
for tag, n in [("2p31m1", 2**31 - 1), ("2p31", 2**31), ("2p32", 2**32), ("2p40", 2**40),
               ("2p63m1", 2**63 - 1), ("2p63", 2**63), ("m2p31", -2**31), ("m2p31m1", -2**31 - 1)]:
    case(f"width.blocking.{tag}", "BlockingIOError", 11, "x", n)
    case(f"width.syntax_lineno.{tag}", "SyntaxError", "bad", ("f.py", n, 1, "t"))
    case(f"width.udecode_start.{tag}", "UnicodeDecodeError", "utf-8", b"ab", n, 1, "r")
    case(f"width.uencode_end.{tag}", "UnicodeEncodeError", "ascii", "ab", 0, n, "r")
    case(f"width.utranslate_start.{tag}", "UnicodeTranslateError", "ab", n, n, "r")
case("udecode.neg_single", "UnicodeDecodeError", "utf-8", b"ab", -1, 0, "r")
case("syntax.8tuple", "SyntaxError", "bad", ("file.py", 3, 4, "t", 5, 6, 7, 8),
     attrs=A_SYN + ["_metadata"])
case("syntax.7tuple_metadata", "SyntaxError", "bad", ("file.py", 3, 4, "t", 5, 6, "meta"),
     attrs=A_SYN + ["_metadata"])
case("syntax.4tuple_metadata", "SyntaxError", "bad", ("file.py", 3, 4, "t"),
     attrs=A_SYN + ["_metadata"])
case("syntax.msg_metadata", "SyntaxError", "bad", attrs=A_SYN + ["_metadata"])
case("syntax.7tuple_metadata_5_missing_6", "SyntaxError", "bad", ("file.py", 3, 4, "t", 5),
     attrs=A_SYN + ["_metadata"])

# Not included: UnicodeEncodeError/UnicodeTranslateError with start < 0 and
# end == start + 1.  3.11/3.12 call PyUnicode_ReadChar(obj, start) and
# str() then raises SystemError or leaks an IndexError into a later
# operation, depending on context (CPython bug fixed in 3.13); see FINDINGS.md.

if __name__ == "__main__":
    path = os.path.join(HERE, "ctor_cases.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in CASES))
        f.write("\n]\n")
    print(f"{len(CASES)} cases -> {os.path.relpath(path)}")
