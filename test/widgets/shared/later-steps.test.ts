import {expect} from '@open-wc/testing';
import {css} from 'lit';
import {LaterSteps} from '../../../src/widgets/shared/later-steps.js';

const stepStyles = [css`.later { color: rgb(1, 2, 3); }`];
const steps = {stepStyles, renderLater: () => 'later'};

/** An element as the loader sees it: a shadow root and a count of re-renders. */
function host() {
  const element = document.createElement('div');
  return {shadowRoot: element.attachShadow({mode: 'open'}), updates: 0, requestUpdate() {
    this.updates++;
  }};
}

/** An import that answers with `steps`, after failing the first `failures` times. */
function importer(failures = 0) {
  const calls = {count: 0};
  const load = () => {
    calls.count++;
    return calls.count <= failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(steps);
  };
  return {calls, load};
}

describe('LaterSteps: the lazily loaded later steps of a widget', () => {
  it('loads once, however many ask at the same time, and remembers the module', async () => {
    const element = host();
    const {calls, load} = importer();
    const later = new LaterSteps(element, load);
    expect(later.module).to.equal(undefined);
    const [first, second] = await Promise.all([later.load(), later.load()]);
    expect(first).to.equal(steps);
    expect(second).to.equal(steps);
    await later.load();
    expect(calls.count).to.equal(1);
    expect(later.module).to.equal(steps);
  });

  it('adopts the steps styles once, runs `arrived` before the host re-renders', async () => {
    const element = host();
    const order: string[] = [];
    const later = new LaterSteps(element, importer().load, {arrived: (module) => order.push(`arrived ${module.renderLater()} after ${element.updates} updates`)});
    await later.load();
    await later.load();
    expect(order).to.deep.equal(['arrived later after 0 updates']);
    expect(element.updates).to.equal(1);
    expect(element.shadowRoot.adoptedStyleSheets).to.have.length(1);
    expect(element.shadowRoot.adoptedStyleSheets[0]).to.equal(stepStyles[0]!.styleSheet);
  });

  it('forgets a failed load, reports it once, and loads again on the next call', async () => {
    const element = host();
    const {calls, load} = importer(1);
    const failures: unknown[] = [];
    const later = new LaterSteps(element, load, {failed: (error) => failures.push(error)});
    const [first, second] = await Promise.allSettled([later.load(), later.load()]);
    expect(first.status).to.equal('rejected');
    expect(second.status).to.equal('rejected');
    expect(failures).to.have.length(1);
    expect(later.module).to.equal(undefined);
    expect(element.updates).to.equal(0);
    expect(await later.load()).to.equal(steps);
    expect(calls.count).to.equal(2);
    expect(element.updates).to.equal(1);
  });
});
