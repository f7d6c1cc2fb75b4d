/**
 * The 51 operations of the FavCRM v6 customer-portal API (../shared/api/CONTRACT.md §6),
 * in the contract's order and groups. The typed client and the mock both key on `OperationId`,
 * so failure injection in the mock and errors from the client name the same operation.
 */

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

export const operations = {
  // A. Service booking
  listServices: {code: 'A1', method: 'GET', path: '/services', auth: 'public'},
  getService: {code: 'A2', method: 'GET', path: '/services/{id}', auth: 'public'},
  listServiceStaff: {code: 'A3', method: 'GET', path: '/services/{id}/staff', auth: 'public'},
  listServiceResources: {code: 'A4', method: 'GET', path: '/services/{id}/resources', auth: 'public'},
  listSlots: {code: 'A5', method: 'GET', path: '/services/{id}/slots', auth: 'optional'},
  createGuestBooking: {code: 'A6', method: 'POST', path: '/bookings/guest', auth: 'optional', create: true},
  listBookings: {code: 'A7', method: 'GET', path: '/bookings', auth: 'customer'},
  getBooking: {code: 'A8', method: 'GET', path: '/bookings/{id}', auth: 'customer'},
  cancelBooking: {code: 'A9', method: 'POST', path: '/bookings/{id}/cancel', auth: 'customer'},
  rescheduleBooking: {code: 'A10', method: 'POST', path: '/bookings/{id}/reschedule', auth: 'customer', create: true},
  // B. Member session
  getLoginChannel: {code: 'B1', method: 'GET', path: '/auth/login-channel', auth: 'public'},
  requestOtp: {code: 'B2', method: 'POST', path: '/auth/otp', auth: 'public'},
  verifyOtp: {code: 'B3', method: 'POST', path: '/auth/otp/verify', auth: 'public'},
  registerMember: {code: 'B4', method: 'POST', path: '/auth/register', auth: 'public', create: true},
  validateToken: {code: 'B5', method: 'POST', path: '/auth/validate-token', auth: 'customer'},
  refreshToken: {code: 'B6', method: 'POST', path: '/auth/refresh', auth: 'customer'},
  logout: {code: 'B7', method: 'POST', path: '/auth/logout', auth: 'customer'},
  getRegistrationForm: {code: 'B8', method: 'GET', path: '/auth/registration-form', auth: 'public'},
  // C. Content and events
  listPages: {code: 'C1', method: 'GET', path: '/cms/pages', auth: 'public'},
  getPage: {code: 'C2', method: 'GET', path: '/cms/pages/{slug}', auth: 'public'},
  listPosts: {code: 'C3', method: 'GET', path: '/cms/posts', auth: 'public'},
  getPost: {code: 'C4', method: 'GET', path: '/cms/posts/{slug}', auth: 'public'},
  listCmsCategories: {code: 'C5', method: 'GET', path: '/cms/categories', auth: 'public'},
  getMenu: {code: 'C6', method: 'GET', path: '/cms/menus/{location}', auth: 'public'},
  listEvents: {code: 'C7', method: 'GET', path: '/events', auth: 'optional'},
  getEvent: {code: 'C8', method: 'GET', path: '/events/{slug}', auth: 'optional'},
  registerForEvent: {code: 'C9', method: 'POST', path: '/event-registrations', auth: 'optional', create: true},
  createEventPaymentIntent: {code: 'C10', method: 'POST', path: '/event-registrations/{id}/payment-intent', auth: 'optional', create: true},
  checkEventAccess: {code: 'C11', method: 'GET', path: '/event-registrations/{id}/access', auth: 'optional'},
  // D. Shop and commerce
  listProducts: {code: 'D1', method: 'GET', path: '/shop/products', auth: 'public'},
  getProduct: {code: 'D2', method: 'GET', path: '/shop/products/{slug}', auth: 'public'},
  listShopCategories: {code: 'D3', method: 'GET', path: '/shop/categories', auth: 'public'},
  listBrands: {code: 'D4', method: 'GET', path: '/shop/brands', auth: 'public'},
  listCollections: {code: 'D5', method: 'GET', path: '/shop/collections', auth: 'public'},
  listShippingMethods: {code: 'D6', method: 'GET', path: '/shop/shipping-methods', auth: 'public'},
  listPaymentMethods: {code: 'D7', method: 'GET', path: '/shop/payment-methods', auth: 'public'},
  createOrder: {code: 'D8', method: 'POST', path: '/shop/orders', auth: 'optional', create: true},
  listOrders: {code: 'D9', method: 'GET', path: '/shop/orders', auth: 'customer'},
  getOrderPaymentStatus: {code: 'D10', method: 'GET', path: '/shop/orders/{orderId}/payment-status', auth: 'optional'},
  // E. Loyalty and offers
  listMembershipTiers: {code: 'E1', method: 'GET', path: '/membership-tiers', auth: 'public'},
  listGiftOffers: {code: 'E2', method: 'GET', path: '/gifts/offers', auth: 'optional'},
  getGiftOffer: {code: 'E3', method: 'GET', path: '/gifts/offers/{id}', auth: 'optional'},
  redeemGiftOffer: {code: 'E4', method: 'POST', path: '/gifts/offers/{id}/redeem', auth: 'customer', create: true},
  claimGift: {code: 'E5', method: 'POST', path: '/gifts/claim', auth: 'optional', create: true},
  listRedemptions: {code: 'E6', method: 'GET', path: '/gifts/redemptions', auth: 'customer'},
  // F. Forms and surveys
  getSurvey: {code: 'F1', method: 'GET', path: '/surveys/{slug}', auth: 'optional'},
  getSurveyByToken: {code: 'F2', method: 'GET', path: '/surveys/token/{token}', auth: 'magic'},
  submitSurveyResponse: {code: 'F3', method: 'POST', path: '/surveys/{id}/responses', auth: 'optional', create: true},
  submitSurveyTokenResponse: {code: 'F4', method: 'POST', path: '/surveys/token/{token}/responses', auth: 'magic', create: true},
  resolveDomain: {code: 'F5', method: 'GET', path: '/storefront/resolve-domain', auth: 'none'},
  submitContact: {code: 'F6', method: 'POST', path: '/contact', auth: 'public', create: true},
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;

export const operationIds = Object.keys(operations) as OperationId[];

/** The path prefix every operation lives under. */
export const API_PREFIX = '/v6/customer-portal';
