import {expect} from '@open-wc/testing';
import type {ReactiveController} from 'lit';
import {CreateCall} from '../../../src/widgets/shared/create-call.js';
import {FlowState, type FlowElement, type FlowHooks} from '../../../src/widgets/shared/flow-state.js';

/** An element as a flow sees it: its controllers, a count of re-renders, an abort signal. */
function element(): FlowElement & {controllers: ReactiveController[]; updates: number} {
  const host = {
    controllers: [] as ReactiveController[],
    updates: 0,
    client: undefined,
    signal: new AbortController().signal,
    updateComplete: Promise.resolve(true),
    addController: (controller: ReactiveController) => void host.controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void host.updates++,
  };
  return host;
}

/** A flow with one named method, as every widget's flow is written. */
class CounterFlow extends FlowState<FlowElement, FlowHooks, CounterFlow> {
  count = 0;

  increment(): void {
    this.set({count: this.count + 1});
  }
}

describe('FlowState: the base of every widget flow', () => {
  it('registers with its element and re-renders it on each named change', () => {
    const host = element();
    const flow = new CounterFlow(host, {failed: () => {}});
    expect(host.controllers).to.deep.equal([flow]);
    flow.increment();
    flow.increment();
    expect(flow.count).to.equal(2);
    expect(host.updates).to.equal(2);
  });

  it('reports failures through its hooks and hands create calls its element signal', async () => {
    const host = element();
    const reported: unknown[] = [];
    const flow = new CounterFlow(host, {failed: (error) => reported.push(error)});
    const failure = new Error('boom');
    const call = new CreateCall(flow, flow.showCall);
    let signal: AbortSignal | undefined;
    await call.send({
      request: {},
      call: async (options) => {
        signal = options.signal;
        expect(flow.busy, 'busy while the call runs').to.equal(true);
        throw failure;
      },
    });
    expect(signal).to.equal(host.signal);
    expect(reported).to.deep.equal([failure]);
    expect(flow.busy).to.equal(false);
    expect(flow.error).to.equal(failure);
  });

  it('is not busy once its element leaves the page', () => {
    const flow = new CounterFlow(element(), {failed: () => {}});
    flow.showCall({busy: true, error: undefined});
    flow.hostDisconnected();
    expect(flow.busy).to.equal(false);
  });
});
