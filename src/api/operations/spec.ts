/** What the client needs to know of an operation; the tables are one file per API group. */
/** How an operation authenticates (CONTRACT.md §2). */
export type AuthKind = 'public' | 'optional' | 'customer' | 'magic' | 'none';

export interface OperationSpec {
  /** Contract code, e.g. `A1`. */
  readonly code: string;
  readonly method: 'GET' | 'POST';
  /** Path relative to `{api-base}/v6/customer-portal`, with `{param}` placeholders. */
  readonly path: string;
  readonly auth: AuthKind;
  /** True for creates: they carry an `Idempotency-Key`. */
  readonly create?: boolean;
}

/** An operation as the client receives it: its spec and its id, which errors and the mock name. */
export interface Operation extends OperationSpec {
  readonly id: string;
}

/** The path prefix every operation lives under. */
export const API_PREFIX = '/v6/customer-portal';
