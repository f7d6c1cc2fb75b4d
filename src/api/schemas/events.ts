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
  /** IANA zone of the venue (assumed: no operation documents it). */
  timezone: nullableText,
  dates: list(EventDateSchema),
  registered: bool,
});
export type Event = z.output<typeof EventSchema>;

// Registration, payment and access (C9–C11): event-checkout.ts, loaded with the later steps.
export type {EventAccess, EventRegistration, PaymentIntent} from './event-checkout.js';
