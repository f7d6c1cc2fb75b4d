/**
 * The 51 operations of the FavCRM v6 customer-portal API (../shared/api/CONTRACT.md §6),
 * in the contract's order and groups. The typed client and the mock both key on `OperationId`,
 * so failure injection in the mock and errors from the client name the same operation.
 */

export * from './operations/spec.js';
import {serviceBooking} from './operations/service-booking.js';
import {memberSession} from './operations/member-session.js';
import {contentAndEvents} from './operations/content-and-events.js';
import {shopAndCommerce} from './operations/shop-and-commerce.js';
import {loyaltyAndOffers} from './operations/loyalty-and-offers.js';
import {formsAndSurveys} from './operations/forms-and-surveys.js';

export {serviceBooking, memberSession, contentAndEvents, shopAndCommerce, loyaltyAndOffers, formsAndSurveys};

/**
 * Every operation by id. The client never reads this table: each operation function passes its
 * own entry from its group's table (`operations/*.ts`), so a page loads only the entries of the groups it uses.
 */
export const operations = {
  ...serviceBooking,
  ...memberSession,
  ...contentAndEvents,
  ...shopAndCommerce,
  ...loyaltyAndOffers,
  ...formsAndSurveys,
};

export type OperationId = keyof typeof operations;

export const operationIds = Object.keys(operations) as OperationId[];
