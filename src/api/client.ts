/**
 * The transport shared by every operation (CONTRACT.md §1–§4, §9): URL and headers, JSON both
 * ways, timeouts, retries, the envelope, typed errors, 401 → one refresh, in-flight de-duplication
 * and a short cache for public GETs.
 *
 * Plain `fetch` for now: the ky client (the project's transport) is ready on the `ky` branch and
 * lands once every first view has room for it within the 40 kB budgets (docs/guides/npm-and-client.md).
 */
import {FavApiError, httpError, isFavApiError} from './errors.js';
import {API_PREFIX, type AuthKind, type Operation} from './operations/spec.js';
import type {OperationId} from './operations.js';
import {isRecord} from './schemas/fields.js';
import {MalformedPayload, ROOT_PATH, type ParseContext, type Parser} from './schemas/parse.js';

export const DEFAULT_API_BASE = 'https://api.favcrm.io';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAYS_MS = [200, 600];
const DEFAULT_CACHE_TTL_MS = 30_000;
/** A Retry-After longer than this is not waited out automatically: the caller decides. */
const MAX_AUTO_RETRY_AFTER_S = 5;

const GET_RETRY_STATUSES = new Set([408, 429, 502, 503, 504]);
const CREATE_RETRY_STATUSES = new Set([502, 503, 504]);
/** Session calls whose 401 must not trigger a refresh (it would recurse into the refresh itself). */
const NO_REFRESH: ReadonlySet<OperationId> = new Set(['validateToken', 'refreshToken', 'logout']);

/** Cached results each write makes stale. */
const INVALIDATES: Partial<Record<OperationId, readonly OperationId[]>> = {
  createGuestBooking: ['listSlots', 'listBookings', 'getBooking'],
  cancelBooking: ['listSlots', 'listBookings', 'getBooking'],
  rescheduleBooking: ['listSlots', 'listBookings', 'getBooking'],
  registerForEvent: ['listEvents', 'getEvent'],
  createOrder: ['listProducts', 'getProduct', 'listOrders'],
  redeemGiftOffer: ['listGiftOffers', 'getGiftOffer', 'listRedemptions'],
  claimGift: ['listGiftOffers', 'getGiftOffer', 'listRedemptions'],
};

export interface SessionBridge {
  getAccessToken(): string | undefined;
  /**
   * Called once when a request that carried the bearer got 401. Resolves true when a fresh token
   * is available (the client retries the call once with it, creates with the same Idempotency-Key),
   * false when the session ended.
   */
  handleUnauthorized(failedToken: string): Promise<boolean>;
}

export interface DroppedItemsInfo {
  operation: OperationId;
  dropped: number;
  issues: string[];
}

export interface ClientOptions {
  /** Origin in front of `/v6/customer-portal`; default `https://api.favcrm.io`. */
  apiBase?: string;
  /** Sent as `X-Company-Id`. */
  companyId?: string;
  /** Sent as `Accept-Language`. */
  locale?: string;
  /** The fetch to use (the mock and tests inject one); default `globalThis.fetch`, looked up per call. */
  fetch?: typeof fetch;
  session?: SessionBridge;
  /** Per-request timeout in ms; default 30000. */
  timeout?: number;
  /** Backoff before each automatic retry, in ms; its length is the number of retries. Default [200, 600]. */
  retryDelays?: number[];
  /** How long public GET results are reused, in ms; default 30000. 0 turns the cache off. */
  cacheTtl?: number;
  /** List items that failed their schema (§9.9), reported once per response. */
  onDroppedItems?(info: DroppedItemsInfo): void;
  /**
   * Every call that failed (not aborted), after its retries; `answered` tells whether this client
   * ever got an HTTP answer (a network failure before any answer points at `api-base` or CORS).
   */
  onFailure?(error: FavApiError, answered: boolean): void;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Reuse one key across the caller's own retries of the same create. */
  idempotencyKey?: string;
  /** Bearer override, e.g. a guestRegistrationToken (C10/C11). A 401 then never triggers a refresh. */
  token?: string;
  /** Bypass the cache (still de-duplicated). */
  fresh?: boolean;
  /** Per-request timeout in ms for this call. */
  timeout?: number;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/** What an operation function hands to {@link FavClient.call}. */
export interface RequestSpec<T> {
  /** Values for the `{placeholders}` of the operation's path. */
  params?: Record<string, string | number>;
  query?: Query;
  /** JSON body; undefined sends none. */
  body?: unknown;
  /** Receives the unwrapped payload (undefined for 204 or an empty body). */
  parse: Parser<T>;
}

interface Prepared<T> {
  operation: OperationId;
  method: 'GET' | 'POST';
  url: string;
  spec: RequestSpec<T>;
  bodyText?: string;
  idempotencyKey?: string;
  timeout: number;
  /** The bearer, and whether it is the session's (only then does a 401 mean "session expired"). */
  token?: string;
  sessionToken: boolean;
}

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

/**
 * A UUID v4 for `Idempotency-Key`. `crypto.randomUUID` exists only in secure contexts (a plain-http
 * site has none); `getRandomValues` exists everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

function abortedError(operation: OperationId, cause?: unknown): FavApiError {
  return new FavApiError({kind: 'aborted', message: 'The request was aborted', operation, cause});
}

/** Rejects as soon as `signal` aborts, even when the fetch implementation ignores it. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function sleep(ms: number, operation: OperationId, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(operation));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(operation));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}

function unwrapEnvelope(body: unknown): unknown {
  return isRecord(body) && 'success' in body && 'data' in body ? body.data : body;
}

export function buildQuery(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === undefined || item === null || item === '') continue;
      if (typeof item === 'number' && !Number.isFinite(item)) continue;
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The typed API client of one tenant. Operation functions (`listServices(client, …)`) call through it. */
export class FavClient {
  private current: ClientOptions;
  private readonly inFlight = new Map<string, InFlight>();
  private readonly cache = new Map<string, {expires: number; value: unknown}>();
  /** Bumped by every invalidation, so a response already on its way is not cached after it. */
  private cacheGeneration = 0;
  /** Whether any request of this client got an HTTP answer. */
  private answered = false;

  constructor(options: ClientOptions = {}) {
    this.current = {...options};
  }

  get options(): Readonly<ClientOptions> {
    return this.current;
  }

  configure(patch: Partial<ClientOptions>): void {
    this.current = {...this.current, ...patch};
  }

  /** Drops cached GET results: all of them, or one operation's. */
  invalidate(operation?: OperationId): void {
    this.cacheGeneration++;
    if (!operation) {
      this.cache.clear();
      return;
    }
    const prefix = `${operation} `;
    for (const key of [...this.cache.keys()]) if (key.startsWith(prefix)) this.cache.delete(key);
  }

  /** Runs one operation. Operation functions are the public way in; this is their shared engine. */
  async call<T>(operation: Operation, spec: RequestSpec<T>, options: CallOptions = {}): Promise<T> {
    try {
      return await this.run(operation, spec, options);
    } catch (error) {
      if (isFavApiError(error) && error.kind !== 'aborted') this.current.onFailure?.(error, this.answered);
      throw error;
    }
  }

  private async run<T>(op: Operation, spec: RequestSpec<T>, options: CallOptions): Promise<T> {
    const operation = op.id as OperationId;
    if (options.signal?.aborted) throw abortedError(operation);
    const request = this.prepare(op, spec, options);
    if (request.method !== 'GET') {
      const result = await this.execute(request, options.signal);
      for (const stale of INVALIDATES[operation] ?? []) this.invalidate(stale);
      return result;
    }
    const auth = op.auth;
    const cacheTtl = this.current.cacheTtl ?? DEFAULT_CACHE_TTL_MS;
    const cacheable = (auth === 'public' || auth === 'none') && !request.token && cacheTtl > 0;
    const cacheKey = `${operation} ${this.current.companyId ?? ''} ${this.current.locale ?? ''} ${request.url}`;
    if (cacheable && !options.fresh) {
      const hit = this.cache.get(cacheKey);
      if (hit && hit.expires > Date.now()) return hit.value as T;
    }
    const dedupKey = `${request.url} ${this.current.companyId ?? ''} ${this.current.locale ?? ''} ${request.token ?? ''}`;
    return this.shared(dedupKey, operation, options.signal, async (signal) => {
      const generation = this.cacheGeneration;
      const value = await this.execute(request, signal);
      if (cacheable && generation === this.cacheGeneration) this.cache.set(cacheKey, {expires: Date.now() + cacheTtl, value});
      return value;
    });
  }

  private prepare<T>(op: Operation, spec: RequestSpec<T>, options: CallOptions): Prepared<T> {
    const operation = op.id as OperationId;
    const base = (this.current.apiBase || DEFAULT_API_BASE).replace(/\/+$/, '');
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = spec.params?.[name];
      if (value === undefined || value === null || String(value) === '') {
        throw new FavApiError({kind: 'http', status: 400, code: 'MISSING_PARAMETER', message: `Missing path parameter "${name}"`, operation});
      }
      return encodeURIComponent(String(value));
    });
    const {token, sessionToken} = this.bearer(operation, op.auth, options);
    return {
      operation,
      method: op.method,
      url: `${base}${API_PREFIX}${path}${buildQuery(spec.query)}`,
      spec,
      bodyText: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      idempotencyKey: op.create ? options.idempotencyKey || newIdempotencyKey() : undefined,
      timeout: options.timeout ?? this.current.timeout ?? DEFAULT_TIMEOUT_MS,
      token,
      sessionToken,
    };
  }

  private bearer(operation: OperationId, auth: AuthKind, options: CallOptions): {token?: string; sessionToken: boolean} {
    if (options.token) return {token: options.token, sessionToken: false};
    if (auth !== 'customer' && auth !== 'optional') return {sessionToken: false};
    const token = this.current.session?.getAccessToken();
    if (token) return {token, sessionToken: true};
    if (auth === 'customer') {
      throw new FavApiError({kind: 'http', status: 401, code: 'LOGIN_REQUIRED', message: 'Sign-in required', operation});
    }
    return {sessionToken: false};
  }

  /** One logical call: retries, then on a 401 with the session's bearer one refresh and one more try. */
  private async execute<T>(request: Prepared<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await this.withRetries(request, request.token, signal);
    } catch (error) {
      const session = this.current.session;
      const expired =
        error instanceof FavApiError &&
        error.kind === 'http' &&
        error.status === 401 &&
        request.sessionToken &&
        request.token &&
        session &&
        !NO_REFRESH.has(request.operation);
      if (!expired) throw error;
      const refreshed = await session.handleUnauthorized(request.token!).catch(() => false);
      if (signal?.aborted) throw abortedError(request.operation);
      const token = refreshed ? session.getAccessToken() : undefined;
      if (!token) throw error;
      return this.withRetries(request, token, signal);
    }
  }

  private async withRetries<T>(request: Prepared<T>, token: string | undefined, signal?: AbortSignal): Promise<T> {
    const delays = this.current.retryDelays ?? DEFAULT_RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(request, token, signal);
      } catch (error) {
        const wait = attempt < delays.length ? this.retryWait(request, error, delays[attempt]!) : undefined;
        if (wait === undefined) throw error;
        await sleep(wait, request.operation, signal);
      }
    }
  }

  /** How long to wait before retrying after `error`, or undefined when it must not be retried (§1). */
  private retryWait(request: Prepared<unknown>, error: unknown, delay: number): number | undefined {
    if (!(error instanceof FavApiError)) return undefined;
    const transient = error.kind === 'network' || error.kind === 'timeout';
    let retry = false;
    if (request.method === 'GET') retry = transient || (error.kind === 'http' && GET_RETRY_STATUSES.has(error.status));
    else if (request.idempotencyKey) retry = transient || (error.kind === 'http' && CREATE_RETRY_STATUSES.has(error.status));
    if (!retry) return undefined;
    if (error.retryAfter !== undefined) {
      if (error.retryAfter > MAX_AUTO_RETRY_AFTER_S) return undefined;
      return Math.max(delay, error.retryAfter * 1000);
    }
    return delay;
  }

  private headers(request: Prepared<unknown>, token: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {Accept: 'application/json'};
    if (request.bodyText !== undefined) headers['Content-Type'] = 'application/json';
    if (this.current.companyId) headers['X-Company-Id'] = this.current.companyId;
    if (this.current.locale) headers['Accept-Language'] = this.current.locale;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
    return headers;
  }

  /** One HTTP exchange, with its own timeout. */
  private async attempt<T>(request: Prepared<T>, token: string | undefined, signal?: AbortSignal): Promise<T> {
    const {operation, timeout} = request;
    if (signal?.aborted) throw abortedError(operation);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, {once: true});
    let response: Response;
    let text: string;
    try {
      const doFetch = this.current.fetch ?? globalThis.fetch;
      const init: RequestInit = {method: request.method, headers: this.headers(request, token), signal: controller.signal};
      if (request.bodyText !== undefined) init.body = request.bodyText;
      response = await raceAbort(Promise.resolve().then(() => doFetch(request.url, init)), controller.signal);
      this.answered = true;
      text = await raceAbort(response.text(), controller.signal);
    } catch (cause) {
      if (signal?.aborted) throw abortedError(operation, cause);
      if (timedOut) throw new FavApiError({kind: 'timeout', message: `The request timed out after ${timeout} ms`, operation, cause});
      throw new FavApiError({kind: 'network', message: 'The server could not be reached', operation, cause});
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    return this.interpret(request, response, text);
  }

  /** Status, envelope and payload → result or typed error (§3, §4, §9.8, §9.11). */
  private interpret<T>(request: Prepared<T>, response: Response, text: string): T {
    const {operation} = request;
    const status = response.status;
    let body: unknown;
    let isJson = false;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
        isJson = true;
      } catch {
        // Not JSON (a proxy's HTML page, a truncated body): handled below.
      }
    }
    const retryAfterHeader = response.headers.get('Retry-After');
    if (status < 200 || status >= 300) {
      throw httpError({status, statusText: response.statusText, body: isJson ? body : undefined, retryAfterHeader, operation});
    }
    if (text.trim() !== '' && !isJson) {
      throw new FavApiError({kind: 'malformed', status, message: 'The server sent a response that is not JSON', operation, issuePath: ROOT_PATH});
    }
    if (isRecord(body) && body.success === false) {
      throw httpError({status, statusText: response.statusText, body, retryAfterHeader, operation});
    }
    const payload = status === 204 ? undefined : unwrapEnvelope(body);
    const context: ParseContext = {
      query: request.spec.query,
      reportDropped: (dropped, issues) => this.current.onDroppedItems?.({operation, dropped, issues}),
    };
    try {
      return request.spec.parse(payload, context);
    } catch (cause) {
      const path = cause instanceof MalformedPayload ? cause.path : ROOT_PATH;
      const detail = cause instanceof Error ? cause.message : 'invalid data';
      throw new FavApiError({kind: 'malformed', status, message: `Unexpected response data at ${path}: ${detail}`, operation, issuePath: path, cause});
    }
  }

  /** Joins identical GETs in flight. Each caller can abort alone; the fetch stops when the last one leaves. */
  private shared<T>(key: string, operation: OperationId, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: InFlight = {controller, waiters: 0, promise: Promise.resolve()};
      created.promise = start(controller.signal).finally(() => {
        if (this.inFlight.get(key) === created) this.inFlight.delete(key);
      });
      created.promise.catch(() => undefined);
      this.inFlight.set(key, created);
      entry = created;
    }
    const joined = entry;
    joined.waiters++;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const leave = (): boolean => {
        if (left) return false;
        left = true;
        joined.waiters--;
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        if (joined.waiters === 0) {
          if (this.inFlight.get(key) === joined) this.inFlight.delete(key);
          joined.controller.abort();
        }
        reject(abortedError(operation));
      };
      signal?.addEventListener('abort', onAbort, {once: true});
      joined.promise.then(
        (value) => leave() && resolve(value as T),
        (error: unknown) => leave() && reject(error),
      );
    });
  }
}
