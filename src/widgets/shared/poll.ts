/**
 * Reading a status again and again while it settles: the payment of an order or of an event
 * registration, back from the hosted payment page.
 */

/**
 * The waits before each read of a payment's status (ms): at once, then doubling from 1 s to a last
 * wait of 30 s, about a minute in all. Tests shorten it by replacing `delays`.
 */
export const paymentPolling: {delays: readonly number[]} = {delays: [0, 1000, 2000, 4000, 8000, 16000, 30000]};

/** Resolves after `ms`, or as soon as `signal` aborts; never rejects. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, {once: true});
  });
}

/**
 * How a run ended: `settled` (a read said so), `gave-up` (the schedule ran out first) or `stopped`
 * (the element left the page, or a newer run took over).
 */
export type PollEnd = 'settled' | 'gave-up' | 'stopped';

/**
 * One widget's polling of one status: reads after each wait of the schedule until a read says it
 * has settled, the schedule runs out, or the run is stopped. A new run stops the one before, whose
 * read in flight is aborted: its answer never lands over the newer one's. Each widget has its own,
 * so two widgets on a page never stop each other.
 */
export class Polling {
  private current?: AbortController;

  /**
   * Starts a run. `read` gets the run's signal (pass it to the call) and whether this is the last
   * read; it resolves true when the status has settled (or it has shown a failure that ends the run).
   */
  async start(signal: AbortSignal, read: (signal: AbortSignal, last: boolean) => Promise<boolean>, delays: readonly number[] = paymentPolling.delays): Promise<PollEnd> {
    this.stop();
    const run = new AbortController();
    this.current = run;
    const stop = () => run.abort();
    if (signal.aborted) run.abort();
    signal.addEventListener('abort', stop, {once: true});
    try {
      for (let attempt = 0; attempt < delays.length; attempt++) {
        await sleep(delays[attempt]!, run.signal);
        if (run.signal.aborted) return 'stopped';
        const settled = await read(run.signal, attempt === delays.length - 1);
        if (run.signal.aborted) return 'stopped';
        if (settled) return 'settled';
      }
      return 'gave-up';
    } finally {
      signal.removeEventListener('abort', stop);
      if (this.current === run) this.current = undefined;
    }
  }

  /** Stops the run in progress, if any. */
  stop(): void {
    this.current?.abort();
    this.current = undefined;
  }
}
