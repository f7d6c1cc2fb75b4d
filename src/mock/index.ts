/**
 * The in-browser mock of the FavCRM v6 customer-portal API: routes for all 51 operations over a
 * stateful fixture with two tenants. The same routes back the demo (as MSW handlers in a service
 * worker, see browser.ts), the tests, `<fav-provider mock>` (through {@link createMockFetch}, no
 * worker, loaded from mock-fetch.ts so that MSW stays out of it) and the contract server the network
 * tests run in Node.
 */
import type {RequestHandler} from 'msw';
import type {OperationId} from '../api/operations.js';
import {setNow} from './clock.js';
import {clearFailures, fail, requests, resetControl, setLatency, type MockFailure, type MockRequestRecord} from './control.js';
import {authRoutes, MOCK_OTP, setOtpRateLimit, tokenResult} from './handlers/auth.js';
import {bookingRoutes} from './handlers/booking.js';
import {cmsRoutes} from './handlers/cms.js';
import {eventsRoutes, setEventOrder} from './handlers/events.js';
import {loyaltyRoutes} from './handlers/loyalty.js';
import {setCatalogueSize, shopRoutes} from './handlers/shop.js';
import {surveysRoutes} from './handlers/surveys.js';
import {mswHandler} from './msw-handlers.js';
import {resetIdempotency} from './route.js';
import {expireTokens, resetState, tenantById} from './state.js';

export {MOCK_OTP};
export {createMockFetch} from './mock-fetch.js';
export {MOCK_BOOKING_IDS} from './fixtures/booking.js';
export {MOCK_SHOP_IDS} from './fixtures/shop.js';
export {MOCK_LOYALTY_IDS} from './fixtures/loyalty.js';
export {MOCK_CMS_IDS} from './fixtures/cms.js';
export {MOCK_EVENTS_IDS} from './fixtures/events.js';
export {MOCK_SURVEYS_IDS} from './fixtures/surveys.js';
export {mockSurveyResponses} from './handlers/surveys.js';
export type {MockFailure, MockRequestRecord};

export const handlers: RequestHandler[] = [
  ...bookingRoutes,
  ...authRoutes,
  ...cmsRoutes,
  ...eventsRoutes,
  ...shopRoutes,
  ...loyaltyRoutes,
  ...surveysRoutes,
].map(mswHandler);

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
  /** Orders the event list (C7) `chronological` (the past first) instead of `upcoming-first`; reset() undoes it. */
  setEventOrder,
  /** Signs a member in without the OTP exchange; returns the TokenResult a verify would. */
  issueToken(companyId: string, memberUuid: string) {
    const tenant = tenantById(companyId);
    const member = tenant?.members.find((m) => m.uuid === memberUuid);
    if (!tenant || !member) throw new Error(`no member ${memberUuid} in ${companyId}`);
    return tokenResult(tenant, member, 'en');
  },
};
