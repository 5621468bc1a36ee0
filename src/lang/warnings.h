/* warnings.h: compile-time warnings (SyntaxWarning, DeprecationWarning) as
 * Python's default warning filters show them on stderr:
 *   file.py:3: SyntaxWarning: message
 *     stripped source line
 * Each is shown every time the compiler meets it, as compile() does (it
 * passes no warning registry): twice for a finally body compiled twice. */
#ifndef PX_WARNINGS_H
#define PX_WARNINGS_H
#include "obj/object.h"
#include "obj/runtime.h"

int lang_warn(Rt *rt, Obj *filename, int lineno, const char *category, const char *fmt, ...);

#endif
