import {operations, type OperationId} from '../api/operations.js';
import {now} from './clock.js';
import {latencyFor, requests, takeFailure} from './control.js';
import {answer, jsonAnswer} from './responses.js';
import {memberForToken, tenantById, type MemberRecord, type TenantState} from './state.js';
import {localeOf, type MockLocale} from './text.js';

/** Thrown by handlers for an error answer: status, code, message and optional details. */
export class MockError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export interface RouteContext {
  request: Request;
  operation: OperationId;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, or an empty object. */
  body: Record<string, unknown>;
  locale: MockLocale;
  /** Set for every operation that needs the tenant header (all but F5 and the magic-token routes). */
  tenant: TenantState;
  /** The member of a valid bearer token, when one was sent. */
  member: MemberRecord | null;
  /** The raw bearer token, when one was sent (valid or not). */
  bearer?: string;
  now: number;
}

/** A handler's success: the payload (wrapped in the envelope) and an optional status. */
export interface RouteResult {
  data: unknown;
  status?: number;
  /** Send the payload without the envelope (legacy servers). */
  bare?: boolean;
}

export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>;

/**
 * One operation of the contract as the mock answers it. `params` are the path's `{placeholders}`,
 * URL-decoded once, as MSW's path matching gives them.
 */
export interface MockRoute {
  operation: OperationId;
  respond(request: Request, params: Readonly<Record<string, unknown>>): Promise<Response>;
}

let requestCounter = 0;

function meta() {
  requestCounter += 1;
  return {requestId: `mock-${requestCounter.toString(36)}`, timestamp: new Date(now()).toISOString()};
}

export function ok(data: unknown, status = 200): RouteResult {
  return {data, status};
}

export function errorResponse(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
  return jsonAnswer({success: false, error: {code, message, ...(details ? {details} : {})}, meta: meta()}, {status, headers});
}

function successResponse(result: RouteResult) {
  const status = result.status ?? 200;
  if (status === 204) return answer(null, {status});
  return jsonAnswer(result.bare ? result.data : {success: true, data: result.data, meta: meta()}, {status});
}

function headersOf(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  return headers;
}

async function bodyOf(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const NOT_STORED = new Set([400, 401, 408, 429]);

/** Stored answers of creates, by tenant, operation and Idempotency-Key. */
const idempotent = new Map<string, {body: string; status: number; payload: unknown}>();

export function resetIdempotency(): void {
  idempotent.clear();
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The mock of one operation of the contract: records the request, applies injected latency and
 * failures, checks the tenant and bearer, replays idempotent creates, and wraps the handler's
 * result in the envelope.
 */
export function route(operation: OperationId, handler: RouteHandler): MockRoute {
  const spec = operations[operation];
  const respond = async (request: Request, params: Readonly<Record<string, unknown>>): Promise<Response> => {
    const url = new URL(request.url);
    const body = await bodyOf(request);
    const headers = headersOf(request);
    const query = Object.fromEntries(url.searchParams.entries());
    requests.push({operation, method: request.method, url: request.url, path: url.pathname, query, headers, body, time: now()});

    const wait = latencyFor(operation);
    if (wait > 0) await delay(wait);

    const failure = takeFailure(operation);
    if (failure) {
      if (failure.network) return Response.error();
      if (failure.malformed) {
        return answer('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 200,
          headers: {'Content-Type': 'text/html'},
        });
      }
      if (failure.body !== undefined) return jsonAnswer(failure.body, {status: failure.status ?? 200});
      const status = failure.status ?? 500;
      const retryAfter: Record<string, string> | undefined = status === 429 ? {'Retry-After': '30'} : undefined;
      return errorResponse(status, failure.code ?? (status >= 500 ? 'SERVER_ERROR' : 'ERROR'), failure.message ?? 'Injected failure', status === 429 ? {retryAfterSeconds: 30} : undefined, retryAfter);
    }

    const companyId = headers['x-company-id'];
    const tenant = companyId ? tenantById(companyId) : undefined;
    const needsTenant = spec.auth !== 'none' && spec.auth !== 'magic';
    if (needsTenant && !tenant) {
      return companyId
        ? errorResponse(404, 'COMPANY_NOT_FOUND', `Unknown company ${companyId}`)
        : errorResponse(400, 'MISSING_COMPANY_ID', 'X-Company-Id is required');
    }

    const authorization = headers.authorization ?? '';
    const bearer = authorization.toLowerCase().startsWith('bearer ') ? authorization.slice(7).trim() : undefined;
    const session = bearer ? memberForToken(bearer, tenant?.id) : null;
    // A customer operation needs a valid token. An optional-token operation sent an expired member
    // token answers 401 too rather than serving a guest: the client refreshes and retries, so the
    // member's booking, order or registration stays theirs (§7.1). Other bearers (a guest
    // registration token, say) are the handler's to judge.
    const refused =
      spec.auth === 'customer' ? operation !== 'refreshToken' && operation !== 'logout' && !session?.member : spec.auth === 'optional' && Boolean(session?.expired);
    if (refused) {
      return errorResponse(401, session?.expired ? 'TOKEN_EXPIRED' : 'UNAUTHORIZED', 'Unauthorized');
    }

    const key = 'create' in spec && spec.create ? headers['idempotency-key'] : undefined;
    const storeKey = key ? `${companyId ?? ''}|${operation}|${key}` : undefined;
    // The path is part of the request: a key reused on another offer or booking is a different request.
    const bodyText = `${url.pathname} ${JSON.stringify(body ?? null)}`;
    if (storeKey) {
      const stored = idempotent.get(storeKey);
      if (stored) {
        if (stored.body !== bodyText) return errorResponse(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request');
        return jsonAnswer(stored.payload, {status: stored.status});
      }
    }

    const context: RouteContext = {
      request,
      operation,
      params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, decodeURIComponent(String(value))])),
      query,
      body: body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {},
      locale: localeOf(request),
      tenant: tenant as TenantState,
      member: session?.member ?? null,
      bearer,
      now: now(),
    };
    let response: Response;
    try {
      response = successResponse(await handler(context));
    } catch (error) {
      if (!(error instanceof MockError)) throw error;
      response = errorResponse(error.status, error.code, error.message, error.details, error.headers);
    }
    // Only outcomes are replayed. A 5xx, 408 or 429 may be retried with the same key and must run
    // again, and so must a 401 (the retry after signing in or refreshing carries the same key) and
    // a 400 (a request that failed validation never started, so a corrected one may reuse the key).
    if (storeKey && response.status < 500 && !NOT_STORED.has(response.status)) {
      idempotent.set(storeKey, {body: bodyText, status: response.status, payload: await response.clone().json()});
    }
    return response;
  };
  return {operation, respond};
}

/** Throws a 400 VALIDATION_ERROR listing `fields` when any is set. */
export function assertValid(fields: Record<string, string | undefined>): void {
  const problems = Object.fromEntries(Object.entries(fields).filter(([, message]) => message));
  if (Object.keys(problems).length > 0) {
    throw new MockError(400, 'VALIDATION_ERROR', 'Some fields are not valid', {fields: problems});
  }
}

export const notFound = (what = 'Not found') => new MockError(404, 'NOT_FOUND', what);

/**
 * An unknown or expired promotion code (D8, A6, C9): a business rule, so 422 (CONTRACT.md §4), with
 * the field named in `details.fields` as a validation error would.
 */
export const invalidPromotionCode = () =>
  new MockError(422, 'INVALID_PROMOTION_CODE', 'This promotion code is not valid', {fields: {promotionCode: 'Unknown or expired promotion code'}});
