/** C7–C11. Events and event registration. */
import * as z from 'zod/mini';
import {
  bool,
  dateTime,
  id,
  int,
  list,
  maybe,
  moneyOrZero,
  nullableBool,
  nullableId,
  nullableInt,
  nullableMoney,
  nullableText,
  oneOf,
  strings,
  text,
} from './fields.js';

export const EventDateSchema = z.object({
  /** The session id; a date without one cannot be registered for. */
  id: nullableId,
  startTime: dateTime,
  endTime: dateTime,
  allDay: bool,
  remainingQuota: nullableInt,
  isExpired: bool,
  isFull: bool,
  /** Absent means the server did not say (treat as available). */
  available: nullableBool,
});
export type EventDate = z.output<typeof EventDateSchema>;

export const PublicPresentationSchema = z.object({
  overview: strings,
  highlights: list(z.object({title: text, description: text})),
  agenda: list(z.object({time: text, title: text, description: text})),
  audience: strings,
  facilitator: maybe(z.object({name: text, role: text, bio: text})),
  practical: maybe(
    z.object({transit: text, accessibility: text, language: text, capacity: text, preparation: text}),
  ),
  includes: strings,
  policy: text,
  faq: list(z.object({question: text, answer: text})),
});
export type PublicPresentation = z.output<typeof PublicPresentationSchema>;

export const EVENT_STATUSES = ['upcoming', 'ongoing', 'past', 'cancelled', 'published'] as const;
export const DELIVERY_MODES = ['in_person', 'online', 'hybrid'] as const;

export const EventSchema = z.object({
  id,
  slug: text,
  title: text,
  /** HTML: sanitize before rendering. */
  introduction: nullableText,
  content: nullableText,
  publicPresentation: maybe(PublicPresentationSchema),
  /** The effective ticket price. */
  price: moneyOrZero,
  regularPrice: nullableMoney,
  discountedPrice: nullableMoney,
  earlyBirdPrice: nullableMoney,
  earlyBirdEndsAt: dateTime,
  pricingSource: oneOf(['regular', 'discounted', 'early_bird']),
  currency: text,
  status: oneOf(EVENT_STATUSES),
  venue: nullableText,
  venueAddress: nullableText,
  image: nullableText,
  /** As sent (`"50"`, `50` or free text), stringified. */
  quota: nullableText,
  showRemainingQuota: bool,
  maxTicketsPerOrder: int(10),
  maxTicketsPerMember: nullableInt,
  deliveryMode: oneOf(DELIVERY_MODES, 'in_person'),
  dates: list(EventDateSchema),
  registered: bool,
});
export type Event = z.output<typeof EventSchema>;

export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'cancelled', 'paid'] as const;

export const EventRegistrationSchema = z.object({
  id,
  eventSlug: text,
  eventTitle: text,
  status: oneOf(REGISTRATION_STATUSES),
  registeredAt: dateTime,
  totalAmount: moneyOrZero,
  currency: text,
  paymentRequired: bool,
  /** A short-lived guest bearer for C10/C11; never a member session. */
  guestRegistrationToken: nullableText,
  eventId: nullableId,
  sessionId: nullableId,
  quantity: nullableInt,
});
export type EventRegistration = z.output<typeof EventRegistrationSchema>;

export const PaymentIntentSchema = z.object({
  paymentIntentId: nullableText,
  clientSecret: nullableText,
  publishableKey: nullableText,
  stripeAccount: nullableText,
  /** Hosted payment page: check with isSafeRedirectUrl, then navigate. */
  paymentUrl: nullableText,
  mode: oneOf(['gateway', 'manual']),
  status: oneOf(['requires_payment', 'processing', 'succeeded', 'failed']),
  paymentInstructions: nullableText,
  paymentMethodName: nullableText,
  transactionId: nullableText,
  amount: nullableMoney,
  currency: nullableText,
  expiresAt: dateTime,
});
export type PaymentIntent = z.output<typeof PaymentIntentSchema>;

export const EventAccessSchema = z.object({
  registrationId: nullableId,
  eventTitle: text,
  deliveryMode: oneOf(DELIVERY_MODES, 'in_person'),
  canAccess: bool,
  accessUrl: nullableText,
  accessInstructions: nullableText,
  availableAt: dateTime,
  /** A state to show, not an error. */
  reason: oneOf(['payment_pending', 'not_yet_available', 'cancelled', 'in_person_only']),
  registrationStatus: nullableText,
  paymentStatus: nullableText,
});
export type EventAccess = z.output<typeof EventAccessSchema>;
