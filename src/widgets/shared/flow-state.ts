import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FavClient} from '../../api/client.js';
import type {CreateCallHost, CreateCallState} from './create-call.js';

/** The element a flow belongs to: it re-renders on a change, and gives the API client and its abort signal. */
export interface FlowElement extends ReactiveControllerHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
}

/**
 * What a flow asks of its element beyond rendering, given as closures by the element (its host
 * adapter), so none of it is a member of the element: at least where failures are reported
 * (`fav-error`); each flow adds its own (the member, the page's events, …).
 */
export interface FlowHooks {
  failed(error: unknown): void;
}

/**
 * The base of every widget's flow. The flow owns the widget's state: views and the element read its
 * fields; only the flow's own named methods (`chooseSlot`, `placeOrder`, …) change them, through
 * {@link set}, which re-renders the element. Code outside the flow (a later step, a view, the
 * element) asks the flow by calling one of those methods; `test/architecture` fails on a write from
 * outside. `S` is the flow class itself, so `set` checks each change against the flow's fields
 * (`Partial<this>` would accept no object literal in a subclass).
 */
export abstract class FlowState<E extends FlowElement, H extends FlowHooks, S extends FlowState<E, H, S>>
  implements ReactiveController, CreateCallHost
{
  /** A request runs: buttons that would start another are disabled. */
  busy = false;
  /** The last failure, for the error banner; undefined when none shows. */
  error?: unknown;

  constructor(
    readonly element: E,
    readonly hooks: H,
  ) {
    element.addController(this);
  }

  hostDisconnected(): void {
    this.busy = false;
  }

  get signal(): AbortSignal {
    return this.element.signal;
  }

  /** Reports a failure to the page (`fav-error`); what shows on screen is the flow's own business. */
  failed(error: unknown): void {
    this.hooks.failed(error);
  }

  /** Applies a change and re-renders. Only the flow's own methods call it. */
  protected set(patch: Partial<S>): void {
    Object.assign(this, patch);
    this.element.requestUpdate();
  }

  /** A create call started or ended (a {@link CreateCall}'s `show`): busy while it runs, then its failure or none. */
  readonly showCall = (state: CreateCallState): void => this.set(state as Partial<S>);
}
