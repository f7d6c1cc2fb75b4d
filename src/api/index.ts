/** The typed API client: transport, errors, schemas and types, one function per operation. */
export * from './client.js';
export * from './errors.js';
export {httpError, parseRetryAfter, type HttpErrorSource} from './failure.js';
export * from './operations.js';
export {compact} from './body.js';
export * from './occurrence.js';
export * from './urls.js';

export * from './auth.js';
export * from './session.js';
export * from './tenant.js';
export * from './registration.js';
export * from './booking.js';
export * from './bookings.js';
export * from './cms.js';
export * from './events.js';
export * from './shop.js';
export * from './shop-orders.js';
export * from './loyalty.js';
export * from './surveys.js';
export * from './contact.js';

export * from './schemas/fields.js';
export * from './schemas/parse.js';
export * from './schemas/auth.js';
export * from './schemas/tenant.js';
export * from './schemas/registration.js';
export * from './schemas/booking.js';
export * from './schemas/bookings.js';
export * from './schemas/cms.js';
export * from './schemas/events.js';
export * from './schemas/event-checkout.js';
export * from './schemas/shop.js';
export * from './schemas/shop-orders.js';
export * from './schemas/loyalty.js';
export {parseRedemptions} from './offer-claims.js';
export * from './schemas/surveys.js';
export * from './schemas/contact.js';
