/* exc_table.h: every built-in exception class, declared once.
 *   X(Name, Base, Family, Since)
 * Name: the class; Base: its (first) base; Family: layout and behaviour
 * (exc_families.c); Since: the first version that has it. Order matters only
 * in that a base comes before its subclasses. ExceptionGroup's second base,
 * Exception, is added by exc_init. Aliases (EnvironmentError, IOError) are
 * names for OSError, set up by exc_init. */
#ifndef PX_EXC_TABLE_H
#define PX_EXC_TABLE_H

#define EXC_TABLE(X) \
  X(BaseException,             BaseException,     BASE,          PY311) \
  X(BaseExceptionGroup,        BaseException,     GROUP,         PY311) \
  X(GeneratorExit,             BaseException,     BASE,          PY311) \
  X(KeyboardInterrupt,         BaseException,     BASE,          PY311) \
  X(SystemExit,                BaseException,     SYSTEMEXIT,    PY311) \
  X(Exception,                 BaseException,     BASE,          PY311) \
  X(ArithmeticError,           Exception,         BASE,          PY311) \
  X(FloatingPointError,        ArithmeticError,   BASE,          PY311) \
  X(OverflowError,             ArithmeticError,   BASE,          PY311) \
  X(ZeroDivisionError,         ArithmeticError,   BASE,          PY311) \
  X(AssertionError,            Exception,         BASE,          PY311) \
  X(AttributeError,            Exception,         ATTRIBUTE,     PY311) \
  X(BufferError,               Exception,         BASE,          PY311) \
  X(EOFError,                  Exception,         BASE,          PY311) \
  X(ExceptionGroup,            BaseExceptionGroup, GROUP,        PY311) \
  X(ImportError,               Exception,         IMPORT,        PY311) \
  X(ModuleNotFoundError,       ImportError,       IMPORT,        PY311) \
  X(LookupError,               Exception,         BASE,          PY311) \
  X(IndexError,                LookupError,       BASE,          PY311) \
  X(KeyError,                  LookupError,       KEY,           PY311) \
  X(MemoryError,               Exception,         BASE,          PY311) \
  X(NameError,                 Exception,         NAME,          PY311) \
  X(UnboundLocalError,         NameError,         NAME,          PY311) \
  X(OSError,                   Exception,         OSERROR,       PY311) \
  X(BlockingIOError,           OSError,           OSERROR,       PY311) \
  X(ChildProcessError,         OSError,           OSERROR,       PY311) \
  X(ConnectionError,           OSError,           OSERROR,       PY311) \
  X(BrokenPipeError,           ConnectionError,   OSERROR,       PY311) \
  X(ConnectionAbortedError,    ConnectionError,   OSERROR,       PY311) \
  X(ConnectionRefusedError,    ConnectionError,   OSERROR,       PY311) \
  X(ConnectionResetError,      ConnectionError,   OSERROR,       PY311) \
  X(FileExistsError,           OSError,           OSERROR,       PY311) \
  X(FileNotFoundError,         OSError,           OSERROR,       PY311) \
  X(InterruptedError,          OSError,           OSERROR,       PY311) \
  X(IsADirectoryError,         OSError,           OSERROR,       PY311) \
  X(NotADirectoryError,        OSError,           OSERROR,       PY311) \
  X(PermissionError,           OSError,           OSERROR,       PY311) \
  X(ProcessLookupError,        OSError,           OSERROR,       PY311) \
  X(TimeoutError,              OSError,           OSERROR,       PY311) \
  X(ReferenceError,            Exception,         BASE,          PY311) \
  X(RuntimeError,              Exception,         BASE,          PY311) \
  X(NotImplementedError,       RuntimeError,      BASE,          PY311) \
  X(PythonFinalizationError,   RuntimeError,      BASE,          PY313) \
  X(RecursionError,            RuntimeError,      BASE,          PY311) \
  X(StopAsyncIteration,        Exception,         BASE,          PY311) \
  X(StopIteration,             Exception,         STOPITERATION, PY311) \
  X(SyntaxError,               Exception,         SYNTAX,        PY311) \
  X(IndentationError,          SyntaxError,       SYNTAX,        PY311) \
  X(TabError,                  IndentationError,  SYNTAX,        PY311) \
  X(_IncompleteInputError,     SyntaxError,       SYNTAX,        PY313) \
  X(SystemError,               Exception,         BASE,          PY311) \
  X(TypeError,                 Exception,         BASE,          PY311) \
  X(ValueError,                Exception,         BASE,          PY311) \
  X(UnicodeError,              ValueError,        BASE,          PY311) \
  X(UnicodeDecodeError,        UnicodeError,      UNICODE_DECODE, PY311) \
  X(UnicodeEncodeError,        UnicodeError,      UNICODE_ENCODE, PY311) \
  X(UnicodeTranslateError,     UnicodeError,      UNICODE_TRANSLATE, PY311) \
  X(Warning,                   Exception,         BASE,          PY311) \
  X(BytesWarning,              Warning,           BASE,          PY311) \
  X(DeprecationWarning,        Warning,           BASE,          PY311) \
  X(EncodingWarning,           Warning,           BASE,          PY311) \
  X(FutureWarning,             Warning,           BASE,          PY311) \
  X(ImportWarning,             Warning,           BASE,          PY311) \
  X(PendingDeprecationWarning, Warning,           BASE,          PY311) \
  X(ResourceWarning,           Warning,           BASE,          PY311) \
  X(RuntimeWarning,            Warning,           BASE,          PY311) \
  X(SyntaxWarning,             Warning,           BASE,          PY311) \
  X(UnicodeWarning,            Warning,           BASE,          PY311) \
  X(UserWarning,               Warning,           BASE,          PY311)

enum ExcId {
#define X(name, base, family, since) EXC_##name,
  EXC_TABLE(X)
#undef X
  EXC_COUNT
};

enum ExcFamily {
  FAM_BASE, FAM_KEY, FAM_STOPITERATION, FAM_SYSTEMEXIT, FAM_IMPORT, FAM_ATTRIBUTE, FAM_NAME,
  FAM_OSERROR, FAM_SYNTAX, FAM_UNICODE_DECODE, FAM_UNICODE_ENCODE, FAM_UNICODE_TRANSLATE, FAM_GROUP,
  FAM_COUNT
};

#endif
