import {newIdempotencyKey} from '../../api/client.js';
import {isFavApiError, type FavApiError} from '../../api/errors.js';

/** The element behind a flow: its abort signal, and where failures are reported (`fav-error`). */
export interface CreateCallHost {
  readonly signal: AbortSignal;
  failed(error: unknown): void;
}

/** What a flow shows of its create call: whether it runs, and the failure for the error banner (or undefined). */
export interface CreateCallState {
  busy: boolean;
  error: unknown;
}

/** What the API call is given. */
export interface CreateCallOptions {
  signal: AbortSignal;
  idempotencyKey: string;
}

export interface CreateAttempt<T> {
  /** What this attempt asks for: another request than the last attempt's gets a new Idempotency-Key. */
  request: unknown;
  call(options: CreateCallOptions): Promise<T>;
  /** Sent with the member's session. A 401 then means it has ended (the client already tried a refresh). */
  asMember?: boolean;
  /** A 401 on a member's request: what they did stays, the flow offers to sign in again. */
  sessionEnded?(error: FavApiError): void;
  /**
   * A refusal the flow explains in its own words (a slot taken meanwhile, fields the server
   * rejected, …): resolves true when it did, otherwise the error banner shows the failure.
   */
  refused?(error: FavApiError): boolean | Promise<boolean>;
}

/**
 * The server refused the request itself and would refuse it again: what the visitor sends next is
 * a new request, with a new key. Not a 401, which is about who sent it: the same request after
 * signing in is the same attempt.
 */
function settled(error: unknown): boolean {
  return isFavApiError(error) && error.kind === 'http' && error.status < 500 && ![401, 408, 429].includes(error.status);
}

/**
 * One create call of a flow (a booking, an order, a registration, a payment, a redemption, a
 * response, a message, a member), done the same way everywhere:
 *
 * - one request per press: a send while one runs does nothing;
 * - one Idempotency-Key per attempt, kept for every retry whose outcome is unknown (network,
 *   timeout, 5xx, 408, 429, an unreadable answer) or that only lacked a session (401), and renewed
 *   once the request changes, after a success, or after a refusal the server would repeat (another 4xx);
 * - the element's abort signal: an abort (the element left the page) is no failure;
 * - `busy` while it runs and the failure afterwards, through `show`;
 * - every other failure reported to the page, and shown unless the flow explains it
 *   ({@link CreateAttempt.sessionEnded}, {@link CreateAttempt.refused}). Anything thrown that is not
 *   an API failure is a bug: it is shown as one, never as a network failure.
 */
export class CreateCall {
  private running = false;
  private key?: string;
  /** The request `key` is for, as JSON. */
  private request?: string;

  constructor(
    private readonly host: CreateCallHost,
    private readonly show: (state: CreateCallState) => void,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /** The next send starts a new attempt, with a new Idempotency-Key. */
  renew(): void {
    this.key = this.request = undefined;
  }

  /** The attempt's key: the last one while the request is the same. */
  private keyFor(request: unknown): string {
    const json = JSON.stringify(request) ?? '';
    if (!this.key || this.request !== json) {
      this.key = newIdempotencyKey();
      this.request = json;
    }
    return this.key;
  }

  /** Sends the attempt; resolves with what was created, or undefined when it was not. */
  async send<T>(attempt: CreateAttempt<T>): Promise<T | undefined> {
    if (this.running) return undefined;
    this.running = true;
    this.show({busy: true, error: undefined});
    try {
      const created = await attempt.call({signal: this.host.signal, idempotencyKey: this.keyFor(attempt.request)});
      this.renew();
      this.stop();
      return created;
    } catch (error) {
      this.stop();
      await this.failed(error, attempt);
      return undefined;
    }
  }

  private stop(): void {
    this.running = false;
    this.show({busy: false, error: undefined});
  }

  private async failed(error: unknown, attempt: CreateAttempt<unknown>): Promise<void> {
    if (isFavApiError(error) && error.kind === 'aborted') return;
    if (settled(error)) this.renew();
    this.host.failed(error);
    if (isFavApiError(error)) {
      if (error.status === 401 && attempt.asMember && attempt.sessionEnded) {
        attempt.sessionEnded(error);
        return;
      }
      if (await attempt.refused?.(error)) return;
    }
    this.show({busy: false, error});
  }
}
