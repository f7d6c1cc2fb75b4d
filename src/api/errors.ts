import type {OperationId} from './operations.js';

/** What went wrong, independent of the status: UI logic keys on `kind`, `status` and `code` (CONTRACT.md §4). */
export type FavErrorKind = 'network' | 'timeout' | 'aborted' | 'http' | 'malformed';

export interface FavApiErrorInit {
  kind: FavErrorKind;
  message: string;
  status?: number;
  code?: string;
  details?: Record<string, unknown>;
  requestId?: string;
  operation?: OperationId;
  issuePath?: string;
  retryAfter?: number;
  cause?: unknown;
}

const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);

/** The single error type every API call rejects with. */
export class FavApiError extends Error {
  readonly kind: FavErrorKind;
  /** HTTP status; 0 for network, timeout and abort. */
  readonly status: number;
  readonly code?: string;
  readonly details?: Record<string, unknown>;
  readonly requestId?: string;
  readonly operation?: OperationId;
  /** First failing schema path of a malformed response (`items.2.price`, `(root)`). */
  readonly issuePath?: string;
  /** Seconds to wait before trying again (Retry-After header, else `details.retryAfterSeconds`). */
  readonly retryAfter?: number;
  /** True when trying the same call again later may succeed. */
  readonly retryable: boolean;

  constructor(init: FavApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : {cause: init.cause});
    this.name = 'FavApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.operation = init.operation;
    this.issuePath = init.issuePath;
    this.retryAfter = init.retryAfter;
    this.retryable = init.kind === 'network' || init.kind === 'timeout' || (init.kind === 'http' && RETRYABLE_STATUSES.has(this.status));
  }
}

export function isFavApiError(error: unknown): error is FavApiError {
  return error instanceof FavApiError || (error instanceof Error && error.name === 'FavApiError' && 'kind' in error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export interface HttpErrorSource {
  status: number;
  statusText?: string;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  body?: unknown;
  retryAfterHeader?: string | null;
  operation?: OperationId;
}

/**
 * Builds the error for a non-2xx response or a `success: false` body, reading the body the way the
 * SDK does (§4): `error.message`, else a top-level `message`, else the status text, else `HTTP <status>`.
 */
export function httpError({status, statusText, body, retryAfterHeader, operation}: HttpErrorSource): FavApiError {
  const envelope = isRecord(body) ? body : {};
  const error = envelope.error;
  const errorObject = isRecord(error) ? error : {};
  let message = nonEmptyString(errorObject.message) ?? nonEmptyString(error);
  if (!message && envelope.message !== undefined && envelope.message !== null) {
    message = typeof envelope.message === 'string' ? envelope.message : JSON.stringify(envelope.message);
  }
  message ||= nonEmptyString(statusText) ?? (status === 401 ? 'Unauthorized' : `HTTP ${status}`);
  const details = isRecord(errorObject.details) ? errorObject.details : undefined;
  const meta = isRecord(envelope.meta) ? envelope.meta : {};
  const code = nonEmptyString(errorObject.code) ?? nonEmptyString(envelope.code);
  const fromDetails = Number(details?.retryAfterSeconds);
  const retryAfter = parseRetryAfter(retryAfterHeader) ?? (Number.isFinite(fromDetails) && fromDetails >= 0 ? fromDetails : undefined);
  return new FavApiError({
    kind: 'http',
    status,
    message,
    code,
    details,
    requestId: nonEmptyString(meta.requestId),
    operation,
    retryAfter,
  });
}
