/* parse_unsupported.c: after a successful parse, the report of valid Python
 * this implementation does not run (the parser leaves an N_UNSUPPORTED node
 * in its place), or of the invalid Python among it that CPython's compiler
 * rejects (async constructs outside an 'async def').
 *
 * Trees can be as deep as the source is long (left-recursive rules build
 * them in loops), so the search keeps its own stack: no C recursion. */
#include <string.h>

#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/mem.h"

/* A node met by the search and the index of its parent entry (-1: root). */
typedef struct Entry { Node *n; long parent; } Entry;

typedef struct Search {
  Entry *seen;          /* every node pushed, in push order */
  size_t nseen, capseen;
  long *todo;           /* indexes into seen, LIFO */
  size_t ntodo, captodo;
  Node **kids;          /* the children of the node at hand */
  size_t nkids, capkids;
  int failed;           /* out of memory */
} Search;

static int grow(void **items, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t n = *cap ? *cap * 2 : 64;
  while (n < need) n *= 2;
  void *p = mem_realloc(*items, n * size);
  if (!p) return -1;
  *items = p;
  *cap = n;
  return 0;
}

static void collect_kid(Node *child, void *arg) {
  Search *s = arg;
  if (s->failed || !child) return;
  if (grow((void **)&s->kids, &s->capkids, s->nkids + 1, sizeof *s->kids) < 0) {
    s->failed = 1;
    return;
  }
  s->kids[s->nkids++] = child;
}

/* Pre-order search for the first N_UNSUPPORTED node; its entry index, -1
 * when there is none, -2 when out of memory. */
static long search(Search *s, Node *root) {
  if (grow((void **)&s->seen, &s->capseen, 1, sizeof *s->seen) < 0 ||
      grow((void **)&s->todo, &s->captodo, 1, sizeof *s->todo) < 0)
    return -2;
  s->seen[s->nseen++] = (Entry){root, -1};
  s->todo[s->ntodo++] = 0;
  while (s->ntodo) {
    long e = s->todo[--s->ntodo];
    Node *n = s->seen[e].n;
    if (n->kind == N_UNSUPPORTED) return e;
    s->nkids = 0;
    ast_children(n, collect_kid, s);
    if (s->failed || grow((void **)&s->seen, &s->capseen, s->nseen + s->nkids, sizeof *s->seen) < 0 ||
        grow((void **)&s->todo, &s->captodo, s->ntodo + s->nkids, sizeof *s->todo) < 0)
      return -2;
    for (size_t i = s->nkids; i-- > 0;) {   /* the first child is popped first */
      s->seen[s->nseen] = (Entry){s->kids[i], e};
      s->todo[s->ntodo++] = (long)s->nseen++;
    }
  }
  return -1;
}

static int is_comprehension(const Node *n) {
  return n->kind == N_ListComp || n->kind == N_SetComp || n->kind == N_DictComp || n->kind == N_GeneratorExp;
}

/* Where the found node sits: inside a def or lambda, and the comprehension
 * an async one (or an await in one) makes async. Such a comprehension makes
 * the comprehensions around it async too, up to a generator expression
 * (fine: an async generator) or the outermost in a non-async scope (the
 * error); the first iterable of a comprehension belongs to the scope
 * around it. path: root .. found. */
typedef struct Place { int in_function; Node *comp; } Place;

static int place_of(Node **path, size_t n, Place *out) {
  Node **scopes = mem_alloc((n + 1) * sizeof *scopes);   /* a comprehension, or NULL: def, lambda, class */
  if (!scopes) return -1;
  size_t ns = 0;
  out->in_function = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    Node *a = path[i];
    if (a->kind == N_FunctionDef || a->kind == N_Lambda) out->in_function = 1;
    if (a->kind == N_FunctionDef || a->kind == N_Lambda || a->kind == N_ClassDef) {
      scopes[ns++] = NULL;
    } else if (is_comprehension(a)) {
      NodeList gens = a->kind == N_DictComp ? a->u.DictComp.generators : a->u.ListComp.generators;
      Node *g0 = gens.n ? gens.items[0] : NULL;
      int first_iter = g0 && g0->kind == N_comprehension && i + 2 < n && path[i + 1] == g0 &&
                       path[i + 2] == g0->u.comprehension.iter;
      if (!first_iter) scopes[ns++] = a;
    }
  }
  size_t k = ns;
  while (k > 1 && scopes[k - 1] && scopes[k - 1]->kind != N_GeneratorExp && scopes[k - 2]) k--;
  out->comp = k ? scopes[k - 1] : NULL;
  mem_free(scopes);
  return 0;
}

/* strstr(s, w) != NULL; a loop of its own keeps libc's two-way strstr
 * (1.4 KB of wasm) out of the web build for these four short searches. */
static int contains(const char *s, const char *w) {
  size_t n = strlen(w);
  for (; *s; s++)
    if (!strncmp(s, w, n)) return 1;
  return 0;
}

/* An async construct outside an 'async def' is invalid Python: CPython's
 * compiler reports it (byte offsets, the line's text from the file).
 * Returns 0 when n is not such a case. */
static int async_outside(Rt *rt, const Node *n, const Place *at, Obj *filename, const char *src, size_t len) {
  const char *what = str_c(n->u.Constant.value), *msg;
  int await = contains(what, "'await' expressions");
  if (await || contains(what, "asynchronous comprehensions")) {
    if (at->comp) {
      if (at->comp->kind == N_GeneratorExp) return 0;
      msg = "asynchronous comprehension outside of an asynchronous function";
      n = at->comp;
    } else if (await) {
      msg = at->in_function ? "'await' outside async function" : "'await' outside function";
    } else {
      return 0;
    }
  } else if (contains(what, "'async with'")) {
    msg = "'async with' outside async function";
  } else if (contains(what, "'async for'")) {
    msg = "'async for' outside async function";
  } else {
    return 0;
  }
  const char *line = src, *end = src + len;
  for (int i = 1; i < n->lineno && line < end; i++) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    line = nl ? nl + 1 : end;
  }
  const char *nl = memchr(line, '\n', (size_t)(end - line));
  Obj *text = str_new(rt, line, nl ? (size_t)(nl + 1 - line) : (size_t)(end - line));
  lx_raise(rt, EXC(SyntaxError), filename, msg, n->lineno, n->col + 1, text, n->end_lineno, n->end_col + 1);
  xdecref(text);
  return -1;
}

int px_reject_unsupported(Rt *rt, Node *root, Obj *filename, const char *src, size_t len) {
  Search s;
  memset(&s, 0, sizeof s);
  long found = search(&s, root);
  int r = 0;
  if (found == -2) {
    err_nomem(rt);
    r = -1;
  } else if (found >= 0) {
    size_t depth = 0;
    for (long e = found; e >= 0; e = s.seen[e].parent) depth++;
    Node **path = mem_alloc(depth * sizeof *path);
    Place at;
    if (!path) {
      err_nomem(rt);
    } else {
      size_t i = depth;
      for (long e = found; e >= 0; e = s.seen[e].parent) path[--i] = s.seen[e].n;
      if (place_of(path, depth, &at) < 0) err_nomem(rt);
      else if (async_outside(rt, path[depth - 1], &at, filename, src, len) == 0)
        err_format(rt, EXC(NotImplementedError), "%U", path[depth - 1]->u.Constant.value);
      mem_free(path);
    }
    r = -1;
  }
  mem_free(s.seen);
  mem_free(s.todo);
  mem_free(s.kids);
  return r;
}
