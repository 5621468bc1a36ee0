// bench/stats.mjs: small helpers shared by the bench scripts.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/** { median, min, max } of numbers. */
export const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** The value of --name in argv, or dflt. */
export const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
};

/** A duration given in nanoseconds, in ns, µs, ms or s. */
export function fmtNs(ns) {
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

/**
 * Times op(x) per element at each size: setup(n) makes x (teardown(x)
 * releases it); each of `runs` runs repeats op about work/n times (so every
 * size does the same work) and divides by reps * n. One warm-up op first
 * (unless warmup is false).
 * Returns { sizes: { [n]: {median, min, max} ns per element }, growth } where
 * growth is the median at the largest size over the median at the smallest.
 * warmup: false skips the warm-up op (--quick).
 */
export function perElement({ sizes, work, runs, setup, op, release = () => {}, teardown = () => {}, warmup = true }) {
  const out = {};
  for (const n of sizes) {
    const x = setup(n);
    const reps = Math.max(1, Math.round(work / n));
    if (warmup) release(op(x));
    const times = [];
    for (let r = 0; r < runs; r++) {
      globalThis.gc?.();
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) release(op(x));
      times.push(((performance.now() - t0) * 1e6) / (reps * n));
    }
    teardown(x);
    out[n] = summary(times);
  }
  const first = out[sizes[0]].median;
  const last = out[sizes[sizes.length - 1]].median;
  return { sizes: out, growth: last / first };
}
