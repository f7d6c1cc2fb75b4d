/**
 * The in-browser mock of the FavCRM v6 customer-portal API: MSW handlers for all 51 operations
 * over a stateful fixture with two tenants. The same handlers back the demo (service worker, see
 * browser.ts), the tests, `<fav-provider mock>` (through {@link createMockFetch}, no worker) and
 * the contract server the network tests run in Node.
 */
import {getResponse, type RequestHandler} from 'msw';
import {API_PREFIX, type OperationId} from '../api/operations.js';
import {setNow} from './clock.js';
import {clearFailures, fail, requests, resetControl, setLatency, type MockFailure, type MockRequestRecord} from './control.js';
import {authHandlers, MOCK_OTP, setOtpRateLimit, tokenResult} from './handlers/auth.js';
import {bookingHandlers} from './handlers/booking.js';
import {cmsHandlers} from './handlers/cms.js';
import {eventsHandlers} from './handlers/events.js';
import {loyaltyHandlers} from './handlers/loyalty.js';
import {setCatalogueSize, shopHandlers} from './handlers/shop.js';
import {surveysHandlers} from './handlers/surveys.js';
import {resetIdempotency} from './route.js';
import {expireTokens, resetState, tenantById} from './state.js';

export {MOCK_OTP};
export {MOCK_BOOKING_IDS} from './fixtures/booking.js';
export {MOCK_SHOP_IDS} from './fixtures/shop.js';
export {MOCK_LOYALTY_IDS} from './fixtures/loyalty.js';
export {MOCK_CMS_IDS} from './fixtures/cms.js';
export {MOCK_EVENTS_IDS} from './fixtures/events.js';
export {MOCK_SURVEYS_IDS} from './fixtures/surveys.js';
export {mockSurveyResponses} from './handlers/surveys.js';
export type {MockFailure, MockRequestRecord};

export const handlers: RequestHandler[] = [
  ...bookingHandlers,
  ...authHandlers,
  ...cmsHandlers,
  ...eventsHandlers,
  ...shopHandlers,
  ...loyaltyHandlers,
  ...surveysHandlers,
];

/** Test and demo switches: fresh state, latency, injected failures, the request log, the clock. */
export const mockControl = {
  /** A fresh fixture: every tenant, member, booking, order and token as shipped. */
  reset(): void {
    setNow(null);
    resetControl();
    resetIdempotency();
    resetState();
  },
  setLatency,
  fail(operation: OperationId, failure?: MockFailure): void {
    fail(operation, failure);
  },
  clearFailures,
  /** Every request received since the last reset, oldest first. */
  get requests(): MockRequestRecord[] {
    return requests;
  },
  lastRequest(operation: OperationId): MockRequestRecord | undefined {
    return [...requests].reverse().find((record) => record.operation === operation);
  },
  /** Pins the mock clock (slots, OTP and token expiry); null for real time. */
  setNow,
  /** Expires one access token, or all of them: the next customer call gets 401. */
  expireToken(accessToken?: string): void {
    expireTokens(accessToken);
  },
  setOtpRateLimit,
  /** Grows the `demo` shop to `size` published products (generated ones after the fixture's); reset() undoes it. */
  setCatalogueSize,
  /** Signs a member in without the OTP exchange; returns the TokenResult a verify would. */
  issueToken(companyId: string, memberUuid: string) {
    const tenant = tenantById(companyId);
    const member = tenant?.members.find((m) => m.uuid === memberUuid);
    if (!tenant || !member) throw new Error(`no member ${memberUuid} in ${companyId}`);
    return tokenResult(tenant, member, 'en');
  },
};

const MOCK_PATH = `${API_PREFIX}/`;

/**
 * A `fetch` that answers API calls from the handlers in this page, without a service worker.
 * Other URLs go to the real fetch. Honours `signal`; an injected network failure rejects.
 */
export function createMockFetch(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.includes(MOCK_PATH)) return fetch(input, init);
    const signal = request.signal;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal.aborted) throw aborted();
    const answer = getResponse(handlers, request);
    const response = await new Promise<Response | undefined>((resolve, reject) => {
      const onAbort = () => reject(aborted());
      signal.addEventListener('abort', onAbort, {once: true});
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
    if (!response) {
      return Response.json({success: false, error: {code: 'NOT_FOUND', message: `No mock for ${request.method} ${request.url}`}}, {status: 404});
    }
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
