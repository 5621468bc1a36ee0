// runner.mjs: the page's side of the worker: request() posts a message and
// resolves with the worker's reply (the worker answers in order). When the
// worker gives no reply for `timeoutMs`, it is terminated (the only way to
// stop wasm that is busy) and a fresh one takes the queued requests, so the
// page never waits on a runaway program.

export class Runner {
  #url;
  #worker = null;
  #nextId = 1;
  #pending = new Map();   // id -> { resolve, message, timer }, oldest first
  #timeoutMs;

  constructor(workerUrl, { timeoutMs = 3000 } = {}) {
    this.#url = workerUrl;
    this.#timeoutMs = timeoutMs;
  }

  #start() {
    const w = new Worker(this.#url, { type: 'module' });
    w.onmessage = ({ data }) => {
      this.#settle(data.id, data);
      for (const id of this.#pending.keys()) this.#arm(id);   // the next one starts now
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.#restart({ ok: false, error: `The worker failed: ${e.message || 'could not start'}` });
    };
    this.#worker = w;
  }

  #settle(id, reply) {
    const p = this.#pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.#pending.delete(id);
    p.resolve(reply);
  }

  // Posts a pending request to the worker (starting one) and arms its timer.
  #post(id) {
    if (!this.#worker) this.#start();
    this.#arm(id);
    this.#worker.postMessage({ ...this.#pending.get(id).message, id });
  }

  #arm(id) {
    const p = this.#pending.get(id);
    clearTimeout(p.timer);
    p.timer = setTimeout(() => this.#timedOut(id), this.#timeoutMs);
  }

  // The worker is stuck on request id (the oldest: requests run in order):
  // end it, answer id, and send the requests queued behind it to a new worker.
  #timedOut(id) {
    this.#stop();
    this.#settle(id, {
      id, ok: false, timedOut: true,
      error: `Stopped after ${this.#timeoutMs / 1000} s: the program took too long, so its worker was restarted.`,
    });
    for (const rest of this.#pending.keys()) this.#post(rest);
  }

  #stop() {
    this.#worker?.terminate();
    this.#worker = null;
  }

  // The worker died: answer every pending request with reply.
  #restart(reply) {
    this.#stop();
    for (const id of [...this.#pending.keys()]) this.#settle(id, { ...reply, id });
  }

  /** Sends a request; resolves with the worker's reply, or { ok:false, timedOut:true }. */
  request(message) {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { resolve, message, timer: 0 });
      this.#post(id);
    });
  }
}
