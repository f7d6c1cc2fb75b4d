/** C9–C11. Registration, payment intent and access of an event: the later steps' calls. */
import {contentAndEvents} from './operations/content-and-events.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import {EventAccessSchema, EventRegistrationSchema, PaymentIntentSchema, type EventAccess, type EventRegistration, type PaymentIntent} from './schemas/event-checkout.js';
import type {Id} from './schemas/fields.js';
import {one} from './schemas/parse.js';

export interface EventRegistrationInput {
  /** Event id or slug. */
  eventId: Id;
  name: string;
  email?: string;
  phone?: string;
  /** Default 1. */
  quantity?: number;
  /** The chosen EventDate id, when the event has dated sessions. */
  sessionId?: Id;
  /** A promotion code (the SDK form's field) for a paid event; an unknown or expired one is refused with a 4xx naming the field. */
  promotionCode?: string;
}

export interface PaymentIntentInput {
  paymentMethodId?: string;
  /** https page the hosted payment returns to. */
  returnUrl?: string;
}

/** C9. Idempotency-Key. 409 `EVENT_FULL` / `ALREADY_REGISTERED`. */
export function registerForEvent(client: FavClient, input: EventRegistrationInput, options?: CallOptions): Promise<EventRegistration> {
  return client.call(contentAndEvents.registerForEvent, {body: compact({...input}), parse: one(EventRegistrationSchema), invalidates: ['listEvents', 'getEvent']}, options);
}

/**
 * C10. Idempotency-Key. Guests pass `{token: guestRegistrationToken}` in options.
 * 409 `ALREADY_PAID`.
 */
export function createEventPaymentIntent(
  client: FavClient,
  registrationId: Id,
  input: PaymentIntentInput = {},
  options?: CallOptions,
): Promise<PaymentIntent> {
  return client.call(contentAndEvents.createEventPaymentIntent,
    {params: {id: registrationId}, body: compact({paymentMethodId: input.paymentMethodId, returnUrl: input.returnUrl}), parse: one(PaymentIntentSchema)},
    options,
  );
}

/** C11. Guests pass `{token: guestRegistrationToken}` in options. */
export function checkEventAccess(client: FavClient, registrationId: Id, options?: CallOptions): Promise<EventAccess> {
  return client.call(contentAndEvents.checkEventAccess, {params: {id: registrationId}, parse: one(EventAccessSchema)}, options);
}
