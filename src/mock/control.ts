import type {OperationId} from '../api/operations.js';

/** A failure to inject into one operation (tests and the demo's failure switches). */
export interface MockFailure {
  /** HTTP status of the error envelope; default 500. */
  status?: number;
  code?: string;
  message?: string;
  /** Answer 200 with a non-JSON body, like a proxy's HTML error page. */
  malformed?: boolean;
  /** Drop the connection: fetch rejects with a TypeError. */
  network?: boolean;
  /** A body to send as-is instead of the error envelope (e.g. to test tolerant parsing). */
  body?: unknown;
  /** How many calls fail; default 1, `Infinity` for all. */
  times?: number;
}

/** What the mock received, for assertions: headers are lower-case. */
export interface MockRequestRecord {
  operation: OperationId;
  method: string;
  url: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  time: number;
}

const failures = new Map<OperationId, MockFailure & {remaining: number}>();
let latency: number | Partial<Record<OperationId, number>> = 0;
export const requests: MockRequestRecord[] = [];

export function setLatency(ms: number | Partial<Record<OperationId, number>>): void {
  latency = ms;
}

export function latencyFor(operation: OperationId): number {
  return typeof latency === 'number' ? latency : (latency[operation] ?? 0);
}

export function fail(operation: OperationId, failure: MockFailure = {}): void {
  failures.set(operation, {...failure, remaining: failure.times ?? 1});
}

export function clearFailures(): void {
  failures.clear();
}

/** The failure to apply to this call of `operation`, counting it down. */
export function takeFailure(operation: OperationId): MockFailure | undefined {
  const failure = failures.get(operation);
  if (!failure) return undefined;
  failure.remaining -= 1;
  if (failure.remaining <= 0) failures.delete(operation);
  return failure;
}

export function resetControl(): void {
  failures.clear();
  latency = 0;
  requests.length = 0;
}
