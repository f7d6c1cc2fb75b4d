import {expect} from '@open-wc/testing';
import {paymentPolling, Polling, sleep} from '../../../src/widgets/shared/poll.js';

const never = new AbortController().signal;

/** A status read that answers `answers` in turn (true: settled), recording when and with what it was called. */
function reader(answers: boolean[]) {
  const calls: {last: boolean; signal: AbortSignal; at: number}[] = [];
  const started = performance.now();
  const read = async (signal: AbortSignal, last: boolean) => {
    calls.push({last, signal, at: performance.now() - started});
    return answers[calls.length - 1] ?? false;
  };
  return {calls, read};
}

describe('polling a status with backoff', () => {
  it('has one payment schedule: at once, then doubling, about a minute in all', () => {
    const delays = paymentPolling.delays;
    expect(delays[0]).to.equal(0);
    for (let i = 2; i < delays.length - 1; i++) expect(delays[i]).to.equal(delays[i - 1]! * 2);
    expect(delays.reduce((sum, ms) => sum + ms, 0)).to.be.within(55_000, 65_000);
  });

  it('sleeps the time given, and wakes at once when aborted', async () => {
    const start = performance.now();
    await sleep(60, never);
    expect(performance.now() - start).to.be.at.least(55);
    const controller = new AbortController();
    const woken = sleep(10_000, controller.signal);
    const abortedAt = performance.now();
    controller.abort();
    await woken;
    expect(performance.now() - abortedAt).to.be.below(1000);
    const aborted = performance.now();
    await sleep(10_000, controller.signal);
    expect(performance.now() - aborted).to.be.below(1000);
  });

  it('reads after each wait until a read says it settled', async () => {
    const {calls, read} = reader([false, false, true]);
    expect(await new Polling().start(never, read, [0, 30, 30, 30])).to.equal('settled');
    expect(calls).to.have.length(3);
    expect(calls[2]!.at - calls[0]!.at).to.be.at.least(50);
    expect(calls.map((c) => c.last)).to.deep.equal([false, false, false]);
  });

  it('gives up when the schedule runs out, telling the read which one is the last', async () => {
    const {calls, read} = reader([]);
    expect(await new Polling().start(never, read, [0, 10, 10])).to.equal('gave-up');
    expect(calls.map((c) => c.last)).to.deep.equal([false, false, true]);
  });

  it('stops when the element leaves the page: no more reads, the one in flight is aborted', async () => {
    const page = new AbortController();
    const {calls, read} = reader([]);
    const run = new Polling().start(page.signal, read, [0, 20, 20, 20]);
    await sleep(30, never);
    page.abort();
    expect(await run).to.equal('stopped');
    const count = calls.length;
    expect(calls.at(-1)!.signal.aborted).to.equal(true);
    await sleep(60, never);
    expect(calls).to.have.length(count);
  });

  it('a new run of the same polling stops the one before; another polling is left alone', async () => {
    const polling = new Polling();
    const other = new Polling();
    const first = reader([]);
    const second = reader([false, true]);
    const others = reader([]);
    const firstRun = polling.start(never, first.read, [0, 40, 40]);
    const otherRun = other.start(never, others.read, [0, 40, 40]);
    await sleep(10, never);
    const secondRun = polling.start(never, second.read, [0, 10]);
    expect(await firstRun).to.equal('stopped');
    expect(first.calls[0]!.signal.aborted).to.equal(true);
    expect(await secondRun).to.equal('settled');
    expect(await otherRun).to.equal('gave-up');
    expect(others.calls).to.have.length(3);
  });
});
