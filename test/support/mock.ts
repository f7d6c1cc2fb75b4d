/** Test helpers around the in-browser mock: a clean tenant per test and easy access to requests. */
import {mockControl, type MockRequestRecord} from '../../src/mock/index.js';
import type {OperationId} from '../../src/api/operations.js';
import {resetSessionStores} from '../../src/context/session-store.js';

export {mockControl};

/** Fresh mock state, no stored sessions, English. Call in `beforeEach`. */
export function resetPage(): void {
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
