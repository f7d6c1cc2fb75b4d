/** C9–C11. Event registration, payment intent and access: what the later steps of an event read. */
import * as z from 'zod/mini';
import {bool, dateTime, id, moneyOrZero, nullableId, nullableInt, nullableMoney, nullableText, oneOf, text} from './fields.js';
import {DELIVERY_MODES} from './events.js';

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
