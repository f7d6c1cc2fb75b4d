/**
 * The analytics bridge of `<fav-provider analytics="datalayer">` (README "Analytics"), loaded only by
 * such a provider. Every `fav-*` outcome event of a widget inside it is pushed to `window.dataLayer`:
 *
 *     {event: 'fav-booking-created', fav: {element: 'fav-booking', companyId, locale, detail: {bookingId, …}}}
 *
 * `detail` holds only the fields {@link ANALYTICS_FIELDS} lists for that event: ids, amounts,
 * currencies, counts and statuses, never names, emails, phones, addresses, answers, messages, URLs
 * or tokens. Cancelable events are pushed once they were not cancelled; `fav-before-*` never.
 *
 * Importing this module starts the bridge (see {@link start}); bundlers keep a dynamically imported
 * module's top-level code.
 */
import type {FavProvider} from './fav-provider.js';

/** The page's `window.dataLayer` (not declared on `Window`, which would clash with a page's own typings). */
const page = window as unknown as {dataLayer?: unknown[]};

/** What one push carries besides `event`. */
export interface FavAnalyticsData {
  /** The element that fired the event, e.g. `fav-booking` (also a `<fav-login>` inside another widget). */
  element: string;
  /** The provider's tenant. */
  companyId?: string;
  /** The provider's locale, `en` or `zh-Hant`. */
  locale: string;
  /** The safe part of the event's `detail` (see {@link ANALYTICS_FIELDS}). */
  detail: Record<string, string | number | boolean>;
}

/**
 * The outcome events and, for each, the `detail` fields pushed: name in the push → path in the
 * event's `detail` (`a|b` takes the first that is there). Only strings, numbers and booleans pass.
 */
export const ANALYTICS_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'fav-signed-in': {method: 'method'},
  'fav-signed-out': {},
  'fav-session-expired': {},
  'fav-booking-created': {
    bookingId: 'booking.id',
    status: 'booking.status',
    serviceId: 'service.id',
    staffId: 'staff.id',
    resourceId: 'resource.id',
    amount: 'price.amount',
    currency: 'price.currency',
    customer: 'customer.kind',
  },
  'fav-booking-cancelled': {bookingId: 'booking.id', status: 'booking.status', serviceId: 'booking.serviceId'},
  'fav-booking-rescheduled': {bookingId: 'booking.id', status: 'booking.status', serviceId: 'booking.serviceId'},
  'fav-registration-created': {
    registrationId: 'registration.id',
    status: 'registration.status',
    eventId: 'event.id',
    eventSlug: 'event.slug',
    quantity: 'quantity',
    amount: 'registration.totalAmount',
    currency: 'registration.currency',
  },
  'fav-payment-started': {registrationId: 'registrationId', amount: 'amount', currency: 'currency'},
  'fav-access-checked': {registrationId: 'registrationId', status: 'status', canAccess: 'canAccess'},
  'fav-cart-changed': {count: 'count', amount: 'subtotal.amount', currency: 'subtotal.currency'},
  'fav-order-created': {
    orderId: 'order.orderId',
    orderNumber: 'order.orderNumber',
    status: 'order.status',
    amount: 'totals.total',
    subtotal: 'totals.subtotal',
    discount: 'totals.discount',
    shipping: 'totals.shipping',
    currency: 'totals.currency',
  },
  'fav-order-payment-started': {orderId: 'orderId', orderNumber: 'orderNumber'},
  'fav-payment-status': {orderId: 'orderId', status: 'status', orderStatus: 'orderStatus'},
  'fav-offer-redeemed': {offerId: 'offer.id', quantity: 'quantity'},
  'fav-gift-claimed': {redemptionId: 'redemption.id', status: 'redemption.status', offerId: 'offerId|redemption.giftOffer.id'},
  'fav-page-loaded': {pageId: 'id', slug: 'slug'},
  'fav-post-loaded': {postId: 'id', slug: 'slug', type: 'type'},
  'fav-post-selected': {postId: 'id', slug: 'slug', type: 'type'},
  'fav-survey-started': {surveyId: 'surveyId', slug: 'slug'},
  'fav-survey-submitted': {surveyId: 'surveyId', slug: 'slug', responseId: 'responseId', duplicate: 'duplicate'},
  'fav-contact-submitted': {conversationId: 'conversationId', messageId: 'messageId'},
  'fav-error': {source: 'source', operation: 'operation', status: 'status', code: 'code', kind: 'kind', requestId: 'requestId'},
};

function valueAt(detail: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), detail);
}

/** The fields of `detail` listed for `name`, as plain values. */
export function safeDetail(name: string, detail: unknown): FavAnalyticsData['detail'] {
  const safe: FavAnalyticsData['detail'] = {};
  for (const [field, paths] of Object.entries(ANALYTICS_FIELDS[name] ?? {})) {
    for (const path of paths.split('|')) {
      const value = valueAt(detail, path);
      if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
        safe[field] = value;
        break;
      }
    }
  }
  return safe;
}

/** The provider on the event's way that asks for the bridge, if it is still on the page. */
function bridgingProvider(path: EventTarget[]): FavProvider | undefined {
  return path.find(
    (node): node is FavProvider => node instanceof Element && node.localName === 'fav-provider' && node.getAttribute('analytics') === 'datalayer' && node.isConnected,
  );
}

function onOutcome(event: Event): void {
  const path = event.composedPath();
  const provider = bridgingProvider(path);
  if (!provider) return;
  const environment = provider.environment;
  const data: FavAnalyticsData = {
    element: (path[0] as Element).localName,
    companyId: environment.tenant?.companyId ?? provider.companyId,
    locale: environment.locale,
    detail: safeDetail(event.type, (event as CustomEvent).detail),
  };
  const push = () => {
    if (!event.defaultPrevented) (page.dataLayer ||= []).push({event: event.type, fav: data});
  };
  // A cancelable event counts once every listener had its say (it runs after the dispatching code).
  if (event.cancelable) queueMicrotask(push);
  else push();
}

let started = false;

/**
 * Starts the bridge for the page, once: a capture listener per outcome event on `window`, so a page's
 * `stopPropagation()` cannot hide an outcome. Each event looks for a provider with
 * `analytics="datalayer"` on its way, so removing the attribute or the provider stops the pushes.
 */
export function start(): void {
  page.dataLayer ||= [];
  if (started) return;
  started = true;
  for (const name of Object.keys(ANALYTICS_FIELDS)) window.addEventListener(name, onOutcome, true);
}

// Importing the module starts the bridge: the provider's import() stays as short as it can be.
start();
