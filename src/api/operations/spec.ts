/** What the client needs to know of an operation; the tables are one file per API group. */
/** How an operation authenticates (CONTRACT.md §2). */
export type AuthKind = 'public' | 'optional' | 'customer' | 'magic' | 'none';

export interface OperationSpec {
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

/**
 * An operation table of one API group from `'METHOD /path [auth] [create]'` entries: `auth` is
 * `public` when not given, `create` marks the operations that carry an `Idempotency-Key`. The
 * contract code of each (`A1` …) is the comment after it, which the reference docs read.
 */
// @__NO_SIDE_EFFECTS__
export function operationTable<const T extends Record<string, string>>(table: T): {readonly [K in keyof T]: Operation & {readonly id: K}} {
  const operations: Record<string, Operation> = {};
  for (const [id, entry] of Object.entries(table)) {
    const [method, path, auth = 'public', create] = entry.split(' ') as [OperationSpec['method'], string, AuthKind?, string?];
    operations[id] = {id, method, path, auth, create: Boolean(create)};
  }
  return operations as {readonly [K in keyof T]: Operation & {readonly id: K}};
}
