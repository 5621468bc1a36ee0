/* list_sort.c: list.sort / sorted(), a port of CPython's listsort
 * (timsort with powersort merging, galloping, binary insertion), so that
 * the comparisons made -- and so which pair raises for unorderable items --
 * are CPython's. 3.13 relaxed what counts as a descending run (count_run);
 * both versions are here. */
#include "obj/seq.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "base/mem.h"

#define MAX_MINRUN 64
#define MIN_GALLOP 7
#define MAX_PENDING 85

/* 3.13's count_run (equal runs inside descending ones). */
static const unsigned char relaxed_runs[PY_NVERSIONS] = {0, 0, 1, 1};

typedef struct SortSlice { Obj **keys, **values; } SortSlice;
typedef struct Run { SortSlice base; int64_t len; int power; } Run;
typedef struct MergeState {
  Rt *rt;
  int64_t min_gallop, listlen;
  Obj **basekeys;
  Obj **tmp;               /* keys then values, 2 * alloced */
  int64_t alloced;
  int has_values;
  int n;
  Run pending[MAX_PENDING];
} MergeState;

/* k = a < b: 1, 0, or -1 with an error. */
#define ISLT(a, b) obj_richcmp_bool(ms->rt, (a), (b), CMP_LT)
#define IFLT(a, b) if ((k = ISLT(a, b)) < 0) goto fail; if (k)

static void reverse_ptrs(Obj **lo, Obj **hi) {
  for (--hi; lo < hi; lo++, hi--) { Obj *t = *lo; *lo = *hi; *hi = t; }
}
static void sl_reverse(SortSlice *s, int64_t n) {
  reverse_ptrs(s->keys, s->keys + n);
  if (s->values) reverse_ptrs(s->values, s->values + n);
}
static void sl_advance(SortSlice *s, int64_t n) { s->keys += n; if (s->values) s->values += n; }
static void sl_copy(SortSlice *d, int64_t i, SortSlice *s, int64_t j) {
  d->keys[i] = s->keys[j];
  if (d->values) d->values[i] = s->values[j];
}
static void sl_copy_incr(SortSlice *d, SortSlice *s) { *d->keys++ = *s->keys++; if (d->values) *d->values++ = *s->values++; }
static void sl_copy_decr(SortSlice *d, SortSlice *s) { *d->keys-- = *s->keys--; if (d->values) *d->values-- = *s->values--; }
static void sl_memcpy(SortSlice *d, int64_t i, SortSlice *s, int64_t j, int64_t n) {
  memcpy(&d->keys[i], &s->keys[j], sizeof(Obj *) * (size_t)n);
  if (d->values) memcpy(&d->values[i], &s->values[j], sizeof(Obj *) * (size_t)n);
}
static void sl_memmove(SortSlice *d, int64_t i, SortSlice *s, int64_t j, int64_t n) {
  memmove(&d->keys[i], &s->keys[j], sizeof(Obj *) * (size_t)n);
  if (d->values) memmove(&d->values[i], &s->values[j], sizeof(Obj *) * (size_t)n);
}

static int64_t count_run_old(MergeState *ms, SortSlice *slo, int64_t nremaining) {
  Obj **lo = slo->keys, **hi = lo + nremaining;
  int k, descending = 0;
  int64_t n;
  ++lo;
  if (lo == hi) return 1;
  n = 2;
  IFLT(*lo, *(lo - 1)) {
    descending = 1;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      IFLT(*lo, *(lo - 1));
      else break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      IFLT(*lo, *(lo - 1)) break;
    }
  }
  if (descending) sl_reverse(slo, n);
  return n;
fail:
  return -1;
}

static int64_t count_run_new(MergeState *ms, SortSlice *slo, int64_t nremaining) {
  Obj **const lo = slo->keys;
  int k;
  int64_t n, neq = 0;
#define REVERSE_LAST_NEQ \
  if (neq) { SortSlice s_ = *slo; ++neq; sl_advance(&s_, n - neq); sl_reverse(&s_, neq); neq = 0; }
  for (n = 1; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1]) break;
  }
  if (n == nremaining) return n;
  if (n > 1) {
    IFLT(lo[0], lo[n - 1]) return n;
    sl_reverse(slo, n);
  }
  ++n;
  for (; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1]) {
      REVERSE_LAST_NEQ
    } else {
      IFLT(lo[n - 1], lo[n]) break;
      else ++neq;
    }
  }
  REVERSE_LAST_NEQ
  sl_reverse(slo, n);
  for (; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1]) break;
  }
  return n;
fail:
  return -1;
#undef REVERSE_LAST_NEQ
}

static int binarysort(MergeState *ms, const SortSlice *ss, int64_t n, int64_t ok) {
  Obj **const a = ss->keys, **const v = ss->values;
  int k;
  if (!ok) ++ok;
  for (; ok < n; ++ok) {
    int64_t L = 0, R = ok, M;
    Obj *pivot = a[ok];
    do {
      M = (L + R) >> 1;
      IFLT(pivot, a[M]) R = M;
      else L = M + 1;
    } while (L < R);
    for (M = ok; M > L; --M) a[M] = a[M - 1];
    a[L] = pivot;
    if (v) {
      pivot = v[ok];
      for (M = ok; M > L; --M) v[M] = v[M - 1];
      v[L] = pivot;
    }
  }
  return 0;
fail:
  return -1;
}

static int64_t gallop_left(MergeState *ms, Obj *key, Obj **a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0, kk;
  int k;
  a += hint;
  IFLT(*a, key) {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      IFLT(a[ofs], key) { lastofs = ofs; ofs = (ofs << 1) + 1; }
      else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      IFLT(*(a - ofs), key) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    kk = lastofs;
    lastofs = hint - ofs;
    ofs = hint - kk;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    IFLT(a[m], key) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
fail:
  return -1;
}

static int64_t gallop_right(MergeState *ms, Obj *key, Obj **a, int64_t n, int64_t hint) {
  int64_t ofs = 1, lastofs = 0, kk;
  int k;
  a += hint;
  IFLT(key, *a) {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      IFLT(key, *(a - ofs)) { lastofs = ofs; ofs = (ofs << 1) + 1; }
      else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    kk = lastofs;
    lastofs = hint - ofs;
    ofs = hint - kk;
  } else {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      IFLT(key, a[ofs]) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    IFLT(key, a[m]) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
fail:
  return -1;
}

static int getmem(MergeState *ms, int64_t need, SortSlice *tmp) {
  if (need > ms->alloced) {
    Obj **t = mem_alloc(sizeof(Obj *) * (size_t)need * 2);
    if (!t) { err_nomem(ms->rt); return -1; }
    mem_free(ms->tmp);
    ms->tmp = t;
    ms->alloced = need;
  }
  tmp->keys = ms->tmp;
  tmp->values = ms->has_values ? ms->tmp + ms->alloced : NULL;
  return 0;
}

static int merge_lo(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  SortSlice dest, tmp;
  int result = -1, k;
  int64_t min_gallop, kk;
  if (getmem(ms, na, &tmp) < 0) return -1;
  sl_memcpy(&tmp, 0, &ssa, 0, na);
  dest = ssa;
  ssa = tmp;
  sl_copy_incr(&dest, &ssb);
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copyb;
  min_gallop = ms->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      k = ISLT(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        sl_copy_incr(&dest, &ssb);
        ++bcount;
        acount = 0;
        if (--nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        sl_copy_incr(&dest, &ssa);
        ++acount;
        bcount = 0;
        if (--na == 1) goto copyb;
        if (acount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      kk = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
      acount = kk;
      if (kk) {
        if (kk < 0) goto fail;
        sl_memcpy(&dest, 0, &ssa, 0, kk);
        sl_advance(&dest, kk);
        sl_advance(&ssa, kk);
        na -= kk;
        if (na == 1) goto copyb;
        if (na == 0) goto succeed;
      }
      sl_copy_incr(&dest, &ssb);
      if (--nb == 0) goto succeed;
      kk = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
      bcount = kk;
      if (kk) {
        if (kk < 0) goto fail;
        sl_memmove(&dest, 0, &ssb, 0, kk);
        sl_advance(&dest, kk);
        sl_advance(&ssb, kk);
        nb -= kk;
        if (nb == 0) goto succeed;
      }
      sl_copy_incr(&dest, &ssa);
      if (--na == 1) goto copyb;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na) sl_memcpy(&dest, 0, &ssa, 0, na);
  return result;
copyb:
  sl_memmove(&dest, 0, &ssb, 0, nb);
  sl_copy(&dest, nb, &ssa, 0);
  return 0;
}

static int merge_hi(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  SortSlice dest, basea, baseb, tmp;
  int result = -1, k;
  int64_t min_gallop, kk;
  if (getmem(ms, nb, &tmp) < 0) return -1;
  dest = ssb;
  sl_advance(&dest, nb - 1);
  sl_memcpy(&tmp, 0, &ssb, 0, nb);
  basea = ssa;
  baseb = tmp;
  ssb.keys = tmp.keys + nb - 1;
  if (ssb.values) ssb.values = tmp.values + nb - 1;
  sl_advance(&ssa, na - 1);
  sl_copy_decr(&dest, &ssa);
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copya;
  min_gallop = ms->min_gallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      k = ISLT(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        sl_copy_decr(&dest, &ssa);
        ++acount;
        bcount = 0;
        if (--na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        sl_copy_decr(&dest, &ssb);
        ++bcount;
        acount = 0;
        if (--nb == 1) goto copya;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      kk = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
      if (kk < 0) goto fail;
      kk = na - kk;
      acount = kk;
      if (kk) {
        sl_advance(&dest, -kk);
        sl_advance(&ssa, -kk);
        sl_memmove(&dest, 1, &ssa, 1, kk);
        na -= kk;
        if (na == 0) goto succeed;
      }
      sl_copy_decr(&dest, &ssb);
      if (--nb == 1) goto copya;
      kk = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
      if (kk < 0) goto fail;
      kk = nb - kk;
      bcount = kk;
      if (kk) {
        sl_advance(&dest, -kk);
        sl_advance(&ssb, -kk);
        sl_memcpy(&dest, 1, &ssb, 1, kk);
        nb -= kk;
        if (nb == 1) goto copya;
        if (nb == 0) goto succeed;
      }
      sl_copy_decr(&dest, &ssa);
      if (--na == 0) goto succeed;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) sl_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copya:
  sl_memmove(&dest, 1 - na, &ssa, 1 - na, na);
  sl_advance(&dest, -na);
  sl_advance(&ssa, -na);
  sl_copy(&dest, 0, &ssb, 0);
  return 0;
}

static int merge_at(MergeState *ms, int i) {
  SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
  int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
  ms->pending[i].len = na + nb;
  if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
  --ms->n;
  k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
  if (k < 0) return -1;
  sl_advance(&ssa, k);
  na -= k;
  if (na == 0) return 0;
  nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return (int)nb;
  return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1, b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) { a -= n; b -= n; }
    else if (b >= n) break;
    a <<= 1;
    b <<= 1;
  }
  return result;
}

static int found_new_run(MergeState *ms, int64_t n2) {
  if (ms->n) {
    Run *p = ms->pending;
    int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys, n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
      if (merge_at(ms, ms->n - 2) < 0) return -1;
    p[ms->n - 1].power = power;
  }
  return 0;
}

static int merge_force_collapse(MergeState *ms) {
  Run *p = ms->pending;
  while (ms->n > 1) {
    int n = ms->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    if (merge_at(ms, n) < 0) return -1;
  }
  return 0;
}

static int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= MAX_MINRUN) { r |= n & 1; n >>= 1; }
  return n + r;
}

/* Sorts keys (and values in step) of length n; 0 or -1 with an error. */
static int timsort(Rt *rt, Obj **keys, Obj **values, int64_t n) {
  MergeState ms = {rt, MIN_GALLOP, n, keys, NULL, 0, values != NULL, 0, {{{0, 0}, 0, 0}}};
  SortSlice lo = {keys, values};
  int64_t nremaining = n, minrun = compute_minrun(n);
  int r = -1;
  if (n < 2) return 0;
  do {
    int64_t run = relaxed_runs[rt->pyv] ? count_run_new(&ms, &lo, nremaining) : count_run_old(&ms, &lo, nremaining);
    if (run < 0) goto done;
    if (run < minrun) {
      int64_t force = nremaining <= minrun ? nremaining : minrun;
      if (binarysort(&ms, &lo, force, run) < 0) goto done;
      run = force;
    }
    if (found_new_run(&ms, run) < 0) goto done;
    ms.pending[ms.n].base = lo;
    ms.pending[ms.n].len = run;
    ++ms.n;
    sl_advance(&lo, run);
    nremaining -= run;
  } while (nremaining);
  r = merge_force_collapse(&ms);
done:
  mem_free(ms.tmp);
  return r;
}

int list_sort(Rt *rt, Obj *o, Obj *key, int reverse) {
  List *l = AS_LIST(o);
  Obj **items = l->items;
  int64_t n = (int64_t)l->n;
  size_t cap = l->cap;
  l->items = NULL;
  l->n = l->cap = 0;
  Obj **keys = NULL;
  int r = -1;
  if (key && n > 0) {
    keys = mem_alloc(sizeof(Obj *) * (size_t)n);
    if (!keys) { err_nomem(rt); goto restore; }
    for (int64_t i = 0; i < n; i++) {
      keys[i] = obj_call1(rt, key, items[i]);
      if (!keys[i]) {
        while (i-- > 0) decref(keys[i]);
        mem_free(keys);
        keys = NULL;
        goto restore;
      }
    }
  }
  if (reverse && n > 1) {
    if (keys) reverse_ptrs(keys, keys + n);
    reverse_ptrs(items, items + n);
  }
  r = keys ? timsort(rt, keys, items, n) : timsort(rt, items, NULL, n);
  if (reverse && n > 1) reverse_ptrs(items, items + n);
  if (keys) {
    for (int64_t i = 0; i < n; i++) decref(keys[i]);
    mem_free(keys);
  }
restore:;
  Obj **changed = l->items;
  size_t nchanged = l->n;
  l->items = items;
  l->n = (size_t)n;
  l->cap = cap;
  if (changed) {
    for (size_t i = 0; i < nchanged; i++) xdecref(changed[i]);
    mem_free(changed);
    if (r == 0) { err_str(rt, EXC(ValueError), "list modified during sort"); r = -1; }
  }
  return r;
}
