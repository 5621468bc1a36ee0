/* warnings.h: compile-time warnings (SyntaxWarning, DeprecationWarning) as
 * Python's default warning filters show them on stderr:
 *   file.py:3: SyntaxWarning: message
 *     stripped source line
 * Each (line, message) pair is shown once, as the "default" action does. */
#ifndef PX_WARNINGS_H
#define PX_WARNINGS_H
#include "obj/object.h"
#include "obj/runtime.h"

int lang_warn(Rt *rt, Obj *filename, int lineno, const char *category, const char *fmt, ...);

#endif
