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

/** A module the client loads on demand; when it cannot be fetched, the call fails as the network would. */
export function loadOrUnreachable<T>(module: Promise<T>, operation?: OperationId): Promise<T> {
  return module.catch((cause: unknown) => {
    throw new FavApiError({kind: 'network', message: 'The server could not be reached', operation, cause});
  });
}
