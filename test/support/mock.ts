/** Test helpers around the in-browser mock: a clean tenant per test and easy access to requests. */
import {waitUntil} from '@open-wc/testing';
import * as z from 'zod/mini';
import {FavApiError} from '../../src/api/errors.js';
import {TokenResultSchema} from '../../src/api/schemas/auth.js';
import type {FavEnvironment} from '../../src/context/fav-context.js';
import {createMockFetch, mockControl, type MockRequestRecord} from '../../src/mock/index.js';
import type {OperationId} from '../../src/api/operations.js';
import {resetSessionStores} from '../../src/context/session-store.js';
import {restoreClock} from './clock.js';

export {mockControl};

/** Fresh mock state, the real clock, no stored sessions, English. Call in `beforeEach`. */
export function resetPage(): void {
  restoreClock();
  mockControl.reset();
  resetSessionStores();
  localStorage.clear();
  sessionStorage.clear();
}

export function requestsFor(operation: OperationId): MockRequestRecord[] {
  return mockControl.requests.filter((record) => record.operation === operation);
}

export function lastRequest(operation: OperationId): MockRequestRecord {
  const record = mockControl.lastRequest(operation);
  if (!record) throw new Error(`the mock received no ${operation} request`);
  return record;
}

/** A raw answer of the mock: status, the envelope's data and error. */
export interface MockAnswer {
  status: number;
  data: any;
  error: {code: string; message: string; details?: any} | undefined;
}

export interface MockCallOptions {
  body?: unknown;
  token?: string;
  /** The X-Company-Id; default `demo`, null sends none (magic-token routes, resolve-domain). */
  company?: string | null;
  locale?: string;
  /** Idempotency-Key. */
  key?: string;
}

const mockFetch = createMockFetch();

/** One request straight to the mock's handlers (no client), as a server would receive it. */
export async function mockCall(method: 'GET' | 'POST', path: string, options: MockCallOptions = {}): Promise<MockAnswer> {
  const headers: Record<string, string> = {Accept: 'application/json'};
  const company = options.company === undefined ? 'demo' : options.company;
  if (company) headers['X-Company-Id'] = company;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.locale) headers['Accept-Language'] = options.locale;
  if (options.key) headers['Idempotency-Key'] = options.key;
  const response = await mockFetch(
    new Request(`https://api.favcrm.io/v6/customer-portal${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  );
  const json = await response.json();
  return {status: response.status, data: json.data, error: json.error};
}

export const mockGet = (path: string, options?: MockCallOptions) => mockCall('GET', path, options);
export const mockPost = (path: string, body: unknown, options?: MockCallOptions) => mockCall('POST', path, {...options, body});

/** The FavApiError a client call rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<FavApiError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof FavApiError)) throw error;
    return error;
  }
  throw new Error('expected a rejection');
}

/**
 * Signs a member of the mock in on `provider` (or a widget with its own configuration) without
 * the OTP steps, as if they had signed in earlier on this site.
 */
export async function signInMember(host: HTMLElement & {environment?: FavEnvironment}, memberUuid = 'mem-demo-chan', companyId = 'demo'): Promise<void> {
  await waitUntil(() => host.environment?.status === 'ready', 'the environment is ready', {timeout: 8000});
  const session = host.environment!.session!;
  session.signIn(z.parse(TokenResultSchema, mockControl.issueToken(companyId, memberUuid)));
}
