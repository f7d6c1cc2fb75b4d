/** A5. Free slots of a service on one date: what the booking steps load when the visitor picks a time. */
import {serviceBooking} from './operations/service-booking.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {parseSlots, type SlotsResult} from './schemas/slots.js';

export interface SlotsQuery {
  /** `YYYY-MM-DD`. */
  date: string;
  staffId?: Id;
  resourceId?: Id;
}

/** A5. Slots of one date; sends the bearer when signed in (member pricing). */
export function listSlots(client: FavClient, serviceId: Id, query: SlotsQuery, options?: CallOptions): Promise<SlotsResult> {
  return client.call(serviceBooking.listSlots,
    {params: {id: serviceId}, query: {date: query.date, staffId: query.staffId, resourceId: query.resourceId}, parse: parseSlots},
    options,
  );
}
