/** A. Service booking: A1–A10. */
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import {
  BookingDetailSchema,
  BookingSchema,
  ResourceSchema,
  ServiceSchema,
  StaffSchema,
  parseSlots,
  type Booking,
  type BookingDetail,
  type Resource,
  type Service,
  type SlotsResult,
  type Staff,
} from './schemas/booking.js';
import type {Id} from './schemas/fields.js';
import {listOf, one, type ListResult} from './schemas/parse.js';

export interface PageQuery {
  page?: number;
  /** 1–100. */
  limit?: number;
}

export interface SearchPageQuery extends PageQuery {
  search?: string;
}

export interface SlotsQuery {
  /** `YYYY-MM-DD`. */
  date: string;
  staffId?: Id;
  resourceId?: Id;
}

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

/** A1. */
export function listServices(client: FavClient, query: SearchPageQuery = {}, options?: CallOptions): Promise<ListResult<Service>> {
  return client.call('listServices', {query: {search: query.search, page: query.page, limit: query.limit}, parse: listOf(ServiceSchema)}, options);
}

/** A2. 404 `NOT_FOUND`. */
export function getService(client: FavClient, id: Id, options?: CallOptions): Promise<Service> {
  return client.call('getService', {params: {id}, parse: one(ServiceSchema)}, options);
}

/** A3. An empty list means there is no staff choice. */
export function listServiceStaff(client: FavClient, serviceId: Id, options?: CallOptions): Promise<ListResult<Staff>> {
  return client.call('listServiceStaff', {params: {id: serviceId}, parse: listOf(StaffSchema)}, options);
}

/** A4. */
export function listServiceResources(client: FavClient, serviceId: Id, options?: CallOptions): Promise<ListResult<Resource>> {
  return client.call('listServiceResources', {params: {id: serviceId}, parse: listOf(ResourceSchema)}, options);
}

/** A5. Slots of one date; sends the bearer when signed in (member pricing). */
export function listSlots(client: FavClient, serviceId: Id, query: SlotsQuery, options?: CallOptions): Promise<SlotsResult> {
  return client.call(
    'listSlots',
    {params: {id: serviceId}, query: {date: query.date, staffId: query.staffId, resourceId: query.resourceId}, parse: parseSlots},
    options,
  );
}

/** A6. Guest or signed-in booking (the bearer goes along when signed in). Idempotency-Key. */
export function createGuestBooking(client: FavClient, input: GuestBookingInput, options?: CallOptions): Promise<Booking> {
  return client.call('createGuestBooking', {body: compact({...input}), parse: one(BookingSchema)}, options);
}

/** A7. Customer token. */
export function listBookings(client: FavClient, query: BookingsQuery = {}, options?: CallOptions): Promise<ListResult<Booking>> {
  return client.call(
    'listBookings',
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
  return client.call('getBooking', {params: {id}, parse: one(BookingDetailSchema)}, options);
}

/** A9. Customer token. 403/409 `CANCELLATION_NOT_ALLOWED`. */
export function cancelBooking(client: FavClient, id: Id, input: {reason?: string} = {}, options?: CallOptions): Promise<BookingDetail> {
  return client.call('cancelBooking', {params: {id}, body: compact({reason: input.reason}), parse: one(BookingDetailSchema)}, options);
}

/** A10. Customer token. Idempotency-Key. */
export function rescheduleBooking(client: FavClient, id: Id, input: RescheduleInput, options?: CallOptions): Promise<BookingDetail> {
  return client.call('rescheduleBooking', {params: {id}, body: compact({...input}), parse: one(BookingDetailSchema)}, options);
}
