/* modules_traceback.c: the parts of Lib/traceback.py built on objects --
 * FrameSummary, StackSummary, TracebackException, extract_tb,
 * extract_stack, format_list, print_list, walk_tb, walk_stack, print_last --
 * written in Python over four C helpers; the formatting itself is the trace
 * renderer's (the same text as format_tb and format_exception). The
 * functions of modules_std.c (format_exception, print_exc, ...) stay C. */
#include "lang/modules.h"
#include "lang/warnings.h"
#include "trace/render.h"
#include "obj/err.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/args.h"
#include "exc/exc.h"

#define F(name) static Obj *name(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)

static Obj *opt_int(Rt *rt, int v) { return v < 0 ? incref(None) : int_from_i64(rt, v); }

/* _tb_entry(tb) -> (filename, name, lineno, end_lineno, colno, end_colno) */
F(tb_entry) {
  (void)self; (void)kwnames;
  if (args_count(rt, "_tb_entry", argc, 1, 1) < 0) return NULL;
  if (!is_inst(argv[0], &TracebackType)) return err_str(rt, EXC(TypeError), "_tb_entry(): a traceback is required");
  Obj *fn, *name;
  int pos[4];
  trace_tb_entry(argv[0], &fn, &name, pos);
  Obj *v[4] = {NULL, NULL, NULL, NULL};
  for (int i = 0; i < 4; i++)
    if (!(v[i] = i < 2 ? int_from_i64(rt, pos[i]) : opt_int(rt, pos[i]))) break;
  Obj *t = v[3] ? tuple_pack(rt, 6, fn, name, v[0], v[1], v[2], v[3]) : NULL;
  for (int i = 0; i < 4; i++) xdecref(v[i]);
  return t;
}

/* an int or None as -1 */
static int pos_arg(Rt *rt, Obj *o, int *out) {
  int64_t v;
  if (o == None) { *out = -1; return 0; }
  if (!IS_INT(o) || int_as_i64(o, &v) < 0 || v < 0 || v > 1 << 30) { *out = -1; return 0; }
  (void)rt;
  *out = (int)v;
  return 0;
}

/* _format_frame(filename, name, lineno, end_lineno, colno, end_colno) -> str */
F(format_frame) {
  (void)self; (void)kwnames;
  if (args_count(rt, "_format_frame", argc, 6, 6) < 0) return NULL;
  int pos[4];
  for (int i = 0; i < 4; i++) pos_arg(rt, argv[2 + i], &pos[i]);
  if (!IS_STR(argv[0]) || !IS_STR(argv[1])) return err_str(rt, EXC(TypeError), "_format_frame(): str expected");
  return trace_format_frame_summary(rt, argv[0], argv[1], pos);
}

/* _getline(filename, lineno) -> the line with its newline, or '' (linecache.getline) */
F(getline) {
  (void)self; (void)kwnames;
  if (args_count(rt, "_getline", argc, 2, 2) < 0) return NULL;
  int n;
  pos_arg(rt, argv[1], &n);
  Obj *l = IS_STR(argv[0]) && n > 0 ? trace_source_line(rt, argv[0], n) : NULL;
  if (!l) return incref(str_empty());
  Obj *nl = str_static("\n"), *r = str_concat(rt, l, nl);
  decref(l);
  return r;
}

/* _warn_at(filename, lineno, category, message): a warning shown once per
 * location, as the default filters show a DeprecationWarning of __main__ */
F(warn_at) {
  (void)self; (void)kwnames;
  if (args_count(rt, "_warn_at", argc, 4, 4) < 0) return NULL;
  int line;
  pos_arg(rt, argv[1], &line);
  if (!IS_STR(argv[0]) || !IS_STR(argv[2]) || !IS_STR(argv[3])) return incref(None);
  LangState *L = LANG(rt);
  if (!L->warned && !(L->warned = set_new(rt, &SetType, NULL))) return NULL;
  Obj *key = str_fromf(rt, "%U:%d:%U", argv[0], line, argv[3]);
  if (!key) return NULL;
  int seen = set_contains(rt, L->warned, key);
  if (seen == 0) seen = set_add(rt, L->warned, key) < 0 ? -1 : 0;
  decref(key);
  if (seen < 0) return NULL;
  if (!seen && lang_warn(rt, argv[0], line, str_c(argv[2]), "%U", argv[3]) < 0) return NULL;
  return incref(None);
}

static const MethodDef helpers[] = {
  {"_tb_entry", tb_entry, 0}, {"_format_frame", format_frame, 0}, {"_getline", getline, 0},
  {"_warn_at", warn_at, 0}, {NULL, NULL, 0}};

/* Lib/traceback.py's classes, kept to what snippets use. */
static const char source[] =
  "import sys\n"
  "_RECURSIVE_CUTOFF = 3\n"
  "_VERSION = sys.version_info[:2]\n"
  "class FrameSummary:\n"
  "    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')\n"
  "    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,\n"
  "                 end_lineno=None, colno=None, end_colno=None):\n"
  "        self.filename = filename\n"
  "        self.lineno = lineno\n"
  "        self.end_lineno = lineno if end_lineno is None and _VERSION >= (3, 13) else end_lineno\n"
  "        self.colno = colno\n"
  "        self.end_colno = end_colno\n"
  "        self.name = name\n"
  "        self._line = line\n"
  "        if lookup_line:\n"
  "            self.line\n"
  "        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None\n"
  "    def __eq__(self, other):\n"
  "        if isinstance(other, FrameSummary):\n"
  "            return (self.filename == other.filename and self.lineno == other.lineno and\n"
  "                    self.name == other.name and self.locals == other.locals)\n"
  "        if isinstance(other, tuple):\n"
  "            return (self.filename, self.lineno, self.name, self.line) == other\n"
  "        return NotImplemented\n"
  "    def __getitem__(self, pos):\n"
  "        return (self.filename, self.lineno, self.name, self.line)[pos]\n"
  "    def __iter__(self):\n"
  "        return iter([self.filename, self.lineno, self.name, self.line])\n"
  "    def __repr__(self):\n"
  "        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(\n"
  "            filename=self.filename, lineno=self.lineno, name=self.name)\n"
  "    def __len__(self):\n"
  "        return 4\n"
  "    @property\n"
  "    def line(self):\n"
  "        if self._line is None:\n"
  "            if self.lineno is None:\n"
  "                return None\n"
  "            self._line = _getline(self.filename, self.lineno)\n"
  "        return self._line.strip()\n"
  "def walk_stack(f):\n"
  "    if f is None:\n"
  "        f = sys._getframe().f_back\n"
  "    while f is not None:\n"
  "        yield f, f.f_lineno\n"
  "        f = f.f_back\n"
  "def walk_tb(tb):\n"
  "    while tb is not None:\n"
  "        yield tb.tb_frame, tb.tb_lineno\n"
  "        tb = tb.tb_next\n"
  "def _limited(items, limit):\n"
  "    if limit is None:\n"
  "        limit = getattr(sys, 'tracebacklimit', None)\n"
  "        if limit is not None and limit < 0:\n"
  "            limit = 0\n"
  "    items = list(items)\n"
  "    if limit is not None:\n"
  "        items = items[:limit] if limit >= 0 else items[len(items) + limit if -limit < len(items) else 0:]\n"
  "    return items\n"
  "class StackSummary(list):\n"
  "    @classmethod\n"
  "    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):\n"
  "        result = klass()\n"
  "        for f, lineno in _limited(frame_gen, limit):\n"
  "            co = f.f_code\n"
  "            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,\n"
  "                                       locals=f.f_locals if capture_locals else None))\n"
  "        return result\n"
  "    @classmethod\n"
  "    def _from_tb(klass, tb, limit):\n"
  "        result = klass()\n"
  "        entries = []\n"
  "        while tb is not None:\n"
  "            entries.append(_tb_entry(tb))\n"
  "            tb = tb.tb_next\n"
  "        for fn, name, lineno, end_lineno, colno, end_colno in _limited(entries, limit):\n"
  "            result.append(FrameSummary(fn, lineno, name, end_lineno=end_lineno, colno=colno,\n"
  "                                       end_colno=end_colno))\n"
  "        return result\n"
  "    @classmethod\n"
  "    def from_list(klass, a_list):\n"
  "        result = StackSummary()\n"
  "        for frame in a_list:\n"
  "            if isinstance(frame, FrameSummary):\n"
  "                result.append(frame)\n"
  "            else:\n"
  "                filename, lineno, name, line = frame\n"
  "                result.append(FrameSummary(filename, lineno, name, line=line))\n"
  "        return result\n"
  "    def format_frame_summary(self, frame_summary, **kwargs):\n"
  "        fs = frame_summary\n"
  "        if fs._line is not None and fs.colno is None:\n"
  "            row = ['  File \"{}\", line {}, in {}\\n'.format(fs.filename, fs.lineno, fs.name)]\n"
  "            if fs.line:\n"
  "                row.append('    {}\\n'.format(fs.line))\n"
  "            text = ''.join(row)\n"
  "        else:\n"
  "            text = _format_frame(fs.filename, fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)\n"
  "        if fs.locals:\n"
  "            for name, value in sorted(fs.locals.items()):\n"
  "                text += '    {name} = {value}\\n'.format(name=name, value=value)\n"
  "        return text\n"
  "    def format(self, **kwargs):\n"
  "        result = []\n"
  "        last_file = last_line = last_name = None\n"
  "        count = 0\n"
  "        for frame_summary in self:\n"
  "            formatted_frame = self.format_frame_summary(frame_summary)\n"
  "            if formatted_frame is None:\n"
  "                continue\n"
  "            if (last_file is None or last_file != frame_summary.filename or\n"
  "                last_line is None or last_line != frame_summary.lineno or\n"
  "                last_name is None or last_name != frame_summary.name):\n"
  "                if count > _RECURSIVE_CUTOFF:\n"
  "                    count -= _RECURSIVE_CUTOFF\n"
  "                    result.append(f'  [Previous line repeated {count} more time{\"s\" if count > 1 else \"\"}]\\n')\n"
  "                last_file = frame_summary.filename\n"
  "                last_line = frame_summary.lineno\n"
  "                last_name = frame_summary.name\n"
  "                count = 0\n"
  "            count += 1\n"
  "            if count > _RECURSIVE_CUTOFF:\n"
  "                continue\n"
  "            result.append(formatted_frame)\n"
  "        if count > _RECURSIVE_CUTOFF:\n"
  "            count -= _RECURSIVE_CUTOFF\n"
  "            result.append(f'  [Previous line repeated {count} more time{\"s\" if count > 1 else \"\"}]\\n')\n"
  "        return result\n"
  "def extract_tb(tb, limit=None):\n"
  "    return StackSummary._from_tb(tb, limit)\n"
  "def extract_stack(f=None, limit=None):\n"
  "    if f is None:\n"
  "        f = sys._getframe().f_back\n"
  "    stack = StackSummary.extract(walk_stack(f), limit=limit)\n"
  "    stack.reverse()\n"
  "    return stack\n"
  "def format_list(extracted_list):\n"
  "    return StackSummary.from_list(extracted_list).format()\n"
  "def print_list(extracted_list, file=None):\n"
  "    if file is None:\n"
  "        file = sys.stderr\n"
  "    for item in StackSummary.from_list(extracted_list).format():\n"
  "        print(item, file=file, end='')\n"
  "def print_last(limit=None, file=None, chain=True):\n"
  "    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):\n"
  "        raise ValueError('no last exception')\n"
  "    print_exception(sys.last_value, limit=limit, file=file, chain=chain)\n"
  "def _safe_string(value, what, func=str):\n"
  "    try:\n"
  "        return func(value)\n"
  "    except:\n"
  "        return f'<{what} {func.__name__}() failed>'\n"
  "class TracebackException:\n"
  "    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,\n"
  "                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):\n"
  "        if _seen is None:\n"
  "            _seen = set()\n"
  "        _seen.add(id(exc_value))\n"
  "        self._exc_value = exc_value\n"
  "        self._limit = limit\n"
  "        self.max_group_width = max_group_width\n"
  "        self.max_group_depth = max_group_depth\n"
  "        self.stack = StackSummary._from_tb(exc_traceback, limit)\n"
  "        if _VERSION >= (3, 13):\n"
  "            self._exc_type = exc_type\n"
  "            self.exc_type_qualname = None if exc_type is None else exc_type.__qualname__\n"
  "            self.exc_type_module = None if exc_type is None else exc_type.__module__\n"
  "        else:\n"
  "            self.exc_type = exc_type\n"
  "        self._str = _safe_string(exc_value, 'exception')\n"
  "        self.__notes__ = getattr(exc_value, '__notes__', None)\n"
  "        if exc_type is not None and issubclass(exc_type, SyntaxError):\n"
  "            self.filename = exc_value.filename\n"
  "            lno = exc_value.lineno\n"
  "            self.lineno = str(lno) if lno is not None else None\n"
  "            end_lno = exc_value.end_lineno\n"
  "            self.end_lineno = str(end_lno) if end_lno is not None else None\n"
  "            self.text = exc_value.text\n"
  "            self.offset = exc_value.offset\n"
  "            self.end_offset = exc_value.end_offset\n"
  "            self.msg = exc_value.msg\n"
  "        self.exceptions = None\n"
  "        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):\n"
  "            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,\n"
  "                                                  max_group_width=max_group_width,\n"
  "                                                  max_group_depth=max_group_depth, _seen=_seen)\n"
  "                               for e in exc_value.exceptions]\n"
  "        def _link(e):\n"
  "            if e is None or id(e) in _seen:\n"
  "                return None\n"
  "            return TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)\n"
  "        self.__cause__ = _link(exc_value.__cause__) if exc_value is not None else None\n"
  "        self.__context__ = _link(exc_value.__context__) if exc_value is not None else None\n"
  "        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False\n"
  "    @classmethod\n"
  "    def from_exception(cls, exc, *args, **kwargs):\n"
  "        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)\n"
  "    if _VERSION >= (3, 13):\n"
  "        @property\n"
  "        def exc_type(self):\n"
  "            f = sys._getframe(1)\n"
  "            if f.f_globals.get('__name__') == '__main__':\n"
  "                _warn_at(f.f_code.co_filename, f.f_lineno, 'DeprecationWarning',\n"
  "                         'Deprecated in 3.13. Use exc_type_str instead.')\n"
  "            return self._exc_type\n"
  "        @property\n"
  "        def exc_type_str(self):\n"
  "            if self.exc_type_qualname is None:\n"
  "                return None\n"
  "            if self.exc_type_module not in ('__main__', 'builtins'):\n"
  "                if not isinstance(self.exc_type_module, str):\n"
  "                    return f'<unknown>.{self.exc_type_qualname}'\n"
  "                return f'{self.exc_type_module}.{self.exc_type_qualname}'\n"
  "            return self.exc_type_qualname\n"
  "    def __eq__(self, other):\n"
  "        if isinstance(other, TracebackException):\n"
  "            return self.__dict__ == other.__dict__\n"
  "        return NotImplemented\n"
  "    def __str__(self):\n"
  "        return self._str\n"
  "    def format(self, *, chain=True, **kwargs):\n"
  "        yield from format_exception(self._exc_value, limit=self._limit, chain=chain, **kwargs)\n"
  "    def format_exception_only(self, **kwargs):\n"
  "        yield from format_exception_only(self._exc_value, **kwargs)\n"
  "    def print(self, *, file=None, chain=True, **kwargs):\n"
  "        if file is None:\n"
  "            file = sys.stderr\n"
  "        for line in self.format(chain=chain, **kwargs):\n"
  "            print(line, file=file, end='')\n"
  ;

int traceback_module_py(Rt *rt, Obj *m) {
  if (module_add_functions(rt, m, helpers) < 0) return -1;
  return module_exec(rt, m, source);
}
