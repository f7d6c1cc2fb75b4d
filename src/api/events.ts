/** C7–C11. Events, registration, payment intent and access. */
import {contentAndEvents} from './operations/content-and-events.js';
import type {CallOptions, FavClient} from './client.js';
import {EventSchema, type Event} from './schemas/events.js';
import {listOf, one, type ListResult} from './schemas/parse.js';

export interface EventsQuery {
  search?: string;
  page?: number;
  limit?: number;
}

export type {EventRegistrationInput, PaymentIntentInput} from './event-checkout.js';

/** C7. Optional token (member prices, `registered`). */
export function listEvents(client: FavClient, query: EventsQuery = {}, options?: CallOptions): Promise<ListResult<Event>> {
  return client.call(contentAndEvents.listEvents, {query: {search: query.search, page: query.page, limit: query.limit}, parse: listOf(EventSchema)}, options);
}

/** C8. 404 `NOT_FOUND`. */
export function getEvent(client: FavClient, slug: string, options?: CallOptions): Promise<Event> {
  return client.call(contentAndEvents.getEvent, {params: {slug}, parse: one(EventSchema)}, options);
}

// C9–C11 live in their own module, loaded with the later steps.
export {registerForEvent, createEventPaymentIntent, checkEventAccess} from './event-checkout.js';
