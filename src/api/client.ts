/**
 * The typed client every operation calls through (CONTRACT.md §1–§4, §9). ky is the HTTP layer:
 * URL prefix, headers (a `beforeRequest` hook), timeout, retries with backoff and Retry-After, and
 * 401 → one refresh → one more try (an `afterResponse` hook, ky's documented pattern). This file
 * adds what the contract asks beyond HTTP: the envelope, typed errors, schema parsing, in-flight
 * de-duplication with per-caller aborts, and a short cache for public GETs. Reading a failure into a
 * typed error is in failure.ts, which loads on the first failure.
 */
import ky, {HTTPError, type KyInstance, type Options as KyOptions} from 'ky';
import {FavApiError, isFavApiError, loadOrUnreachable} from './errors.js';
import {API_PREFIX, type AuthKind, type Operation} from './operations/spec.js';
import type {OperationId} from './operations.js';
import {isRecord} from './schemas/fields.js';
import type {ParseContext, Parser} from './schemas/parse.js';

export const DEFAULT_API_BASE = 'https://api.favcrm.io';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAYS_MS = [200, 600];
const DEFAULT_CACHE_TTL_MS = 30_000;
/** A Retry-After longer than this is not waited out automatically: the caller decides. */
const MAX_AUTO_RETRY_AFTER_S = 5;

const GET_RETRY_STATUSES = [408, 429, 502, 503, 504];
const CREATE_RETRY_STATUSES = [502, 503, 504];
/** Session calls whose 401 must not trigger a refresh (it would recurse into the refresh itself). */
const NO_REFRESH: ReadonlySet<OperationId> = new Set(['validateToken', 'refreshToken', 'logout']);

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
  /**
   * Receives the unwrapped payload (undefined for 204 or an empty body). A promise when its schema
   * loads on demand (see `oneLoaded`).
   */
  parse: Parser<T | Promise<T>>;
  /** For a write: the cached results it makes stale, dropped once it succeeds. */
  invalidates?: readonly OperationId[];
}

/** What the hooks need to know about one call; travels as ky's `context`. */
interface Exchange {
  operation: OperationId;
  /** The bearer, and whether it is the session's (only then does a 401 mean "session expired"). */
  token?: string;
  sessionToken: boolean;
  idempotencyKey?: string;
  /** Set on the one retry after a refresh, so a second 401 stands. */
  refreshed?: boolean;
  signal?: AbortSignal;
}

interface Prepared<T> {
  exchange: Exchange;
  path: string;
  options: KyOptions;
  parse: Parser<T | Promise<T>>;
  query?: Query;
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

async function bodyOf(response: Response): Promise<{text: string; json?: unknown}> {
  const text = await response.text();
  try {
    return {text, json: text.trim() ? JSON.parse(text) : undefined};
  } catch {
    return {text}; // Not JSON (a proxy's HTML page, a truncated body): the caller decides.
  }
}

/**
 * The failure mapping (failure.ts), loaded when a call first fails. When even that cannot be
 * fetched, the network is what failed.
 */
const failures = (operation?: OperationId) => loadOrUnreachable(import('./failure.js'), operation);

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
  #current: ClientOptions;
  #http: KyInstance;
  readonly #inFlight = new Map<string, InFlight>();
  readonly #cache = new Map<string, {expires: number; value: unknown}>();
  /** Bumped by every invalidation, so a response already on its way is not cached after it. */
  #cacheGeneration = 0;
  /** Whether any request of this client got an HTTP answer. */
  #answered = false;

  constructor(options: ClientOptions = {}) {
    this.#current = {...options};
    this.#http = this.#createHttp();
  }

  get options(): Readonly<ClientOptions> {
    return this.#current;
  }

  configure(patch: Partial<ClientOptions>): void {
    this.#current = {...this.#current, ...patch};
    this.#http = this.#createHttp();
  }

  /** Drops cached GET results: all of them, or one operation's. */
  invalidate(operation?: OperationId): void {
    this.#cacheGeneration++;
    if (!operation) {
      this.#cache.clear();
      return;
    }
    const prefix = `${operation} `;
    for (const key of [...this.#cache.keys()]) if (key.startsWith(prefix)) this.#cache.delete(key);
  }

  /** Runs one operation. Operation functions are the public way in; this is their shared engine. */
  async call<T>(operation: Operation, spec: RequestSpec<T>, options: CallOptions = {}): Promise<T> {
    try {
      return await this.#run(operation, spec, options);
    } catch (error) {
      if (isFavApiError(error) && error.kind !== 'aborted') this.#current.onFailure?.(error, this.#answered);
      throw error;
    }
  }

  #createHttp(): KyInstance {
    const {apiBase, companyId, locale} = this.#current;
    return ky.create({
      prefixUrl: `${(apiBase || DEFAULT_API_BASE).replace(/\/+$/, '')}${API_PREFIX}`,
      hooks: {
        beforeRequest: [
          (request, options) => {
            const {token, idempotencyKey} = options.context as unknown as Exchange;
            const headers = request.headers;
            headers.set('Accept', 'application/json');
            if (companyId) headers.set('X-Company-Id', companyId);
            if (locale) headers.set('Accept-Language', locale);
            if (token) headers.set('Authorization', `Bearer ${token}`);
            if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
          },
        ],
        afterResponse: [
          (request, options, response) => {
            this.#answered = true;
            return this.#refreshOn401(request, options, response);
          },
        ],
      },
    });
  }

  async #run<T>(operation: Operation, spec: RequestSpec<T>, options: CallOptions): Promise<T> {
    const id = operation.id as OperationId;
    if (options.signal?.aborted) throw abortedError(id);
    const request = this.#prepare(operation, spec, options);
    if (request.options.method !== 'GET') {
      const result = await this.#execute(request, options.signal);
      for (const stale of spec.invalidates ?? []) this.invalidate(stale);
      return result;
    }
    const auth = operation.auth;
    const cacheTtl = this.#current.cacheTtl ?? DEFAULT_CACHE_TTL_MS;
    const cacheable = (auth === 'public' || auth === 'none') && !request.exchange.token && cacheTtl > 0;
    const url = `${request.path}?${request.options.searchParams ?? ''}`;
    const cacheKey = `${id} ${this.#current.companyId ?? ''} ${this.#current.locale ?? ''} ${this.#current.apiBase ?? ''} ${url}`;
    if (cacheable && !options.fresh) {
      const hit = this.#cache.get(cacheKey);
      if (hit && hit.expires > Date.now()) return hit.value as T;
    }
    const dedupKey = `${cacheKey} ${request.exchange.token ?? ''}`;
    return this.#shared(dedupKey, id, options.signal, async (signal) => {
      const generation = this.#cacheGeneration;
      const value = await this.#execute(request, signal);
      if (cacheable && generation === this.#cacheGeneration) this.#cache.set(cacheKey, {expires: Date.now() + cacheTtl, value});
      return value;
    });
  }

  #prepare<T>(op: Operation, spec: RequestSpec<T>, options: CallOptions): Prepared<T> {
    const operation = op.id as OperationId;
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = spec.params?.[name];
      if (value === undefined || value === null || String(value) === '') {
        throw new FavApiError({kind: 'http', status: 400, code: 'MISSING_PARAMETER', message: `Missing path parameter "${name}"`, operation});
      }
      return encodeURIComponent(String(value));
    });
    const create = op.create;
    const delays = this.#current.retryDelays ?? DEFAULT_RETRY_DELAYS_MS;
    const statusCodes = op.method === 'GET' ? GET_RETRY_STATUSES : CREATE_RETRY_STATUSES;
    const query = buildQuery(spec.query).slice(1);
    return {
      exchange: {
        operation,
        ...this.#bearer(operation, op.auth, options),
        idempotencyKey: create ? options.idempotencyKey || newIdempotencyKey() : undefined,
      },
      // ky's prefixUrl wants the path without its leading slash.
      path: path.slice(1),
      parse: spec.parse,
      query: spec.query,
      options: {
        method: op.method,
        json: spec.body,
        searchParams: query || undefined,
        timeout: options.timeout ?? this.#current.timeout ?? DEFAULT_TIMEOUT_MS,
        fetch: this.#current.fetch,
        retry: {
          // Only reads and creates (which carry an Idempotency-Key) may be sent twice (§1).
          limit: op.method === 'GET' || create ? delays.length : 0,
          methods: ['get', 'post'],
          statusCodes,
          afterStatusCodes: statusCodes,
          delay: (attempt) => delays[attempt - 1] ?? 0,
          retryOnTimeout: true,
          shouldRetry: ({error}) => this.#shouldRetry(error),
        },
      },
    };
  }

  #bearer(operation: OperationId, auth: AuthKind, options: CallOptions): {token?: string; sessionToken: boolean} {
    if (options.token) return {token: options.token, sessionToken: false};
    if (auth !== 'customer' && auth !== 'optional') return {sessionToken: false};
    const token = this.#current.session?.getAccessToken();
    if (token) return {token, sessionToken: true};
    if (auth === 'customer') {
      throw new FavApiError({kind: 'http', status: 401, code: 'LOGIN_REQUIRED', message: 'Sign-in required', operation});
    }
    return {sessionToken: false};
  }



  /**
   * ky's own checks decide (method, status, timeout) except: an error already turned into a
   * FavApiError is final, and a Retry-After longer than a few seconds is left to the caller.
   */
  async #shouldRetry(error: Error): Promise<boolean | undefined> {
    if (isFavApiError(error)) return false;
    if (error instanceof HTTPError) {
      const {retryAfter} = await (await failures()).httpFailure(error.response);
      if (retryAfter !== undefined && retryAfter > MAX_AUTO_RETRY_AFTER_S) return false;
    }
    return undefined;
  }

  /** The session's bearer got 401: refresh once and send the same request again (same Idempotency-Key). */
  async #refreshOn401(request: Request, options: {context: Record<string, unknown>}, response: Response): Promise<Response | void> {
    const exchange = options.context as unknown as Exchange;
    const session = this.#current.session;
    if (response.status !== 401 || !exchange.sessionToken || exchange.refreshed || !session || NO_REFRESH.has(exchange.operation)) return;
    const refreshed = await session.handleUnauthorized(exchange.token!).catch(() => false);
    if (exchange.signal?.aborted) throw abortedError(exchange.operation);
    const token = refreshed ? session.getAccessToken() : undefined;
    if (!token) return;
    const retried = {...exchange, token, refreshed: true};
    try {
      return await this.#http(request, {...(options as KyOptions), context: retried as unknown as Record<string, unknown>, signal: exchange.signal});
    } catch (error) {
      throw await this.#failure(error, retried);
    }
  }

  /** One logical call (ky retries and refreshes inside it), its answer read and checked (§3, §4, §9.8, §9.11). */
  async #execute<T>(request: Prepared<T>, signal?: AbortSignal): Promise<T> {
    const exchange = {...request.exchange, signal};
    const {operation} = exchange;
    let response: Response;
    let body: {text: string; json?: unknown};
    try {
      response = await this.#http(request.path, {...request.options, signal, context: exchange as unknown as Record<string, unknown>});
      body = await bodyOf(response);
    } catch (error) {
      throw await this.#failure(error, exchange);
    }
    const {text, json} = body;
    if ((text.trim() !== '' && json === undefined) || (isRecord(json) && json.success === false)) {
      throw await (await failures(operation)).answerFailure(response, operation, json);
    }
    const payload = response.status === 204 ? undefined : unwrapEnvelope(json);
    const context: ParseContext = {
      query: request.query,
      reportDropped: (dropped, issues) => this.#current.onDroppedItems?.({operation, dropped, issues}),
    };
    try {
      return await request.parse(payload, context);
    } catch (cause) {
      throw isFavApiError(cause) ? cause : (await failures(operation)).dataFailure(response, operation, cause);
    }
  }

  /** Anything a call threw, as the one error type callers see. */
  async #failure(error: unknown, {operation, signal}: Exchange): Promise<FavApiError> {
    if (isFavApiError(error)) return error;
    if (signal?.aborted) return abortedError(operation, error);
    return (await failures(operation)).thrownFailure(error, operation);
  }

  /** Joins identical GETs in flight. Each caller can abort alone; the fetch stops when the last one leaves. */
  #shared<T>(key: string, operation: OperationId, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let entry = this.#inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: InFlight = {controller, waiters: 0, promise: Promise.resolve()};
      created.promise = start(controller.signal).finally(() => {
        if (this.#inFlight.get(key) === created) this.#inFlight.delete(key);
      });
      created.promise.catch(() => undefined);
      this.#inFlight.set(key, created);
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
          if (this.#inFlight.get(key) === joined) this.#inFlight.delete(key);
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
