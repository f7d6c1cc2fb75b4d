import {expect} from '@open-wc/testing';
import {LazyModule} from '../../../src/widgets/shared/lazy-module.js';

/** An import that answers `value`, after failing the first `failures` times. */
function importer<T>(value: T, failures = 0) {
  const calls = {count: 0};
  const load = () => {
    calls.count++;
    return calls.count <= failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(value);
  };
  return {calls, load};
}

describe('LazyModule: code kept out of the first view', () => {
  it('loads once, however many ask at the same time, and remembers what arrived', async () => {
    const value = {send: () => 'sent'};
    const {calls, load} = importer(value);
    const lazy = new LazyModule(load);
    expect(lazy.module).to.equal(undefined);
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.equal(value);
    expect(second).to.equal(value);
    expect(await lazy.load()).to.equal(value);
    expect(calls.count).to.equal(1);
    expect(lazy.module).to.equal(value);
  });

  it('has the module in place when `arrived` runs and when the callers resume', async () => {
    const seen: unknown[] = [];
    const lazy: LazyModule<string> = new LazyModule(importer('steps').load, {arrived: (module) => seen.push(module, lazy.module)});
    await lazy.load();
    expect(seen).to.deep.equal(['steps', 'steps']);
  });

  it('forgets a failed load, reports it once, and loads again on the next call', async () => {
    const {calls, load} = importer('steps', 1);
    const failures: unknown[] = [];
    const lazy = new LazyModule(load, {failed: (error) => failures.push(error)});
    const results = await Promise.allSettled([lazy.load(), lazy.load()]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(failures).to.have.length(1);
    expect(lazy.module).to.equal(undefined);
    expect(await lazy.load()).to.equal('steps');
    expect(calls.count).to.equal(2);
  });
});
