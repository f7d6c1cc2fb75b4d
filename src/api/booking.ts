/** A1–A5. Service booking: services, their staff and resources, free slots. Bookings (A6–A10): bookings.ts. */
import {serviceBooking} from './operations/service-booking.js';
import type {CallOptions, FavClient} from './client.js';
import {ResourceSchema, ServiceSchema, StaffSchema, type Resource, type Service, type Staff} from './schemas/booking.js';
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

export type {SlotsQuery} from './slots.js';

/** A1. */
export function listServices(client: FavClient, query: SearchPageQuery = {}, options?: CallOptions): Promise<ListResult<Service>> {
  return client.call(serviceBooking.listServices, {query: {search: query.search, page: query.page, limit: query.limit}, parse: listOf(ServiceSchema)}, options);
}

/** A2. 404 `NOT_FOUND`. */
export function getService(client: FavClient, id: Id, options?: CallOptions): Promise<Service> {
  return client.call(serviceBooking.getService, {params: {id}, parse: one(ServiceSchema)}, options);
}

/** A3. An empty list means there is no staff choice. */
export function listServiceStaff(client: FavClient, serviceId: Id, options?: CallOptions): Promise<ListResult<Staff>> {
  return client.call(serviceBooking.listServiceStaff, {params: {id: serviceId}, parse: listOf(StaffSchema)}, options);
}

/** A4. */
export function listServiceResources(client: FavClient, serviceId: Id, options?: CallOptions): Promise<ListResult<Resource>> {
  return client.call(serviceBooking.listServiceResources, {params: {id: serviceId}, parse: listOf(ResourceSchema)}, options);
}

// A5 is in slots.ts, loaded with the later steps.
export {listSlots} from './slots.js';
