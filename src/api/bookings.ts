/**
 * A6–A10. Bookings: a guest's or member's new booking, the member's bookings, cancel and reschedule.
 * Apart from the services (booking.ts) so a page listing services does not load these schemas.
 */
import {serviceBooking} from './operations/service-booking.js';
import {compact} from './body.js';
import type {PageQuery} from './booking.js';
import type {CallOptions, FavClient} from './client.js';
import type {OperationId} from './operations.js';
import {BookingSchema, type Booking, type BookingDetail} from './schemas/bookings.js';
import type {Id} from './schemas/fields.js';
import {listOf, loaded, one, type ListResult} from './schemas/parse.js';

/** A booking's detail schema, loaded when one is opened or changed. */
const detail = () => loaded(import('./schemas/booking-detail.js').then((m) => one(m.BookingDetailSchema)));

export interface GuestBookingInput {
  serviceId: Id;
  /** See {@link occurrenceFromSlot}. */
  occurrenceStart: string;
  occurrenceEnd: string;
  customerName: string;
  customerPhone: string;
  customerEmail?: string;
  staffId?: Id;
  resourceId?: Id;
  /** From the chosen slot, when present. */
  scheduleId?: Id;
  quoteId?: string;
  notes?: string;
  addonIds?: Id[];
  /** A promotion code (the SDK form's field, which the doc lacks); an unknown or expired one is refused with a 4xx naming the field. */
  promotionCode?: string;
}

export interface BookingsQuery extends PageQuery {
  status?: string;
  dateFrom?: string;
  dateTo?: string;
  upcoming?: boolean;
}

export interface RescheduleInput {
  occurrenceStart: string;
  occurrenceEnd: string;
  staffId?: Id;
  resourceId?: Id;
  scheduleId?: Id;
  quoteId?: string;
}

/** What a new, cancelled or moved booking makes stale. */
const STALE: readonly OperationId[] = ['listSlots', 'listBookings', 'getBooking'];

/** A6. Guest or signed-in booking (the bearer goes along when signed in). Idempotency-Key. */
export function createGuestBooking(client: FavClient, input: GuestBookingInput, options?: CallOptions): Promise<Booking> {
  return client.call(serviceBooking.createGuestBooking, {body: compact({...input}), parse: one(BookingSchema), invalidates: STALE}, options);
}

/** A7. Customer token. */
export function listBookings(client: FavClient, query: BookingsQuery = {}, options?: CallOptions): Promise<ListResult<Booking>> {
  return client.call(serviceBooking.listBookings,
    {
      query: {
        status: query.status,
        dateFrom: query.dateFrom,
        dateTo: query.dateTo,
        upcoming: query.upcoming,
        page: query.page,
        limit: query.limit,
      },
      parse: listOf(BookingSchema),
    },
    options,
  );
}

/** A8. Customer token; someone else's booking gives 404. */
export function getBooking(client: FavClient, id: Id, options?: CallOptions): Promise<BookingDetail> {
  return client.call(serviceBooking.getBooking, {params: {id}, parse: detail()}, options);
}

/** A9. Customer token. 403/409 `CANCELLATION_NOT_ALLOWED`. */
export function cancelBooking(client: FavClient, id: Id, input: {reason?: string} = {}, options?: CallOptions): Promise<BookingDetail> {
  return client.call(serviceBooking.cancelBooking, {params: {id}, body: compact({reason: input.reason}), parse: detail(), invalidates: STALE}, options);
}

/** A10. Customer token. Idempotency-Key. */
export function rescheduleBooking(client: FavClient, id: Id, input: RescheduleInput, options?: CallOptions): Promise<BookingDetail> {
  return client.call(serviceBooking.rescheduleBooking, {params: {id}, body: compact({...input}), parse: detail(), invalidates: STALE}, options);
}
