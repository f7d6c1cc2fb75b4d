/**
 * Making the booking: its price, the summary the events and the review show, and the A6 call with
 * its failure paths. Loaded with the later steps.
 */
import {createGuestBooking, type GuestBookingInput} from '../../api/bookings.js';
import {FavApiError, isFavApiError} from '../../api/errors.js';
import type {BookableSlot} from '../shared/slot-availability.js';
import type {BookingFlow, BookingSummary} from './booking-flow.js';
import {newIdempotencyKey} from '../../api/client.js';
import {fromCents, toCents} from '../../ui/money.js';

/** The price of the chosen slot (tier price, base price or the service price) plus add-ons. */
export function bookingPrice(flow: BookingFlow): {amount: string; currency: string} {
  const slot = flow.selectedSlot?.slot;
  const base = slot?.tierPrice ?? slot?.basePrice ?? flow.service?.price ?? '0';
  const addons = (flow.service?.addons ?? []).filter((addon) => flow.details.addonIds.includes(String(addon.id)));
  const cents = toCents(base) + addons.reduce((sum, addon) => sum + toCents(addon.price), 0);
  return {amount: fromCents(cents), currency: flow.service?.currency ?? ''};
}

export function buildSummary(flow: BookingFlow, slot: BookableSlot): BookingSummary {
  const service = flow.service!;
  const member = flow.asMember ? flow.host.signedInMember : null;
  const staff = flow.selectedStaff;
  const resource = flow.selectedResource;
  return {
    service: {id: String(service.id), name: service.name},
    ...(staff ? {staff: {id: String(staff.memberId), name: staff.memberName}} : {}),
    ...(resource ? {resource: {id: String(resource.resourceId), name: resource.resourceName}} : {}),
    start: slot.occurrence.occurrenceStart,
    end: slot.occurrence.occurrenceEnd,
    price: bookingPrice(flow),
    customer: {
      kind: member ? 'member' : 'guest',
      name: flow.details.name,
      phone: flow.details.phone,
      ...(flow.details.email ? {email: flow.details.email} : {}),
      ...(member?.memberUuid ? {memberUuid: member.memberUuid} : {}),
    },
  };
}

/** Creates the booking (A6) once: a second press while it runs does nothing. */
export async function confirmBooking(flow: BookingFlow): Promise<boolean> {
  const client = flow.host.client;
  const slot = flow.selectedSlot;
  const service = flow.service;
  if (!client || !slot || !service || flow.busy) return false;
  const summary = buildSummary(flow, slot);
  const input: GuestBookingInput = {
    serviceId: String(service.id),
    occurrenceStart: slot.occurrence.occurrenceStart,
    occurrenceEnd: slot.occurrence.occurrenceEnd,
    customerName: flow.details.name,
    customerPhone: flow.details.phone,
    ...(flow.details.email ? {customerEmail: flow.details.email} : {}),
    ...(flow.staffId ? {staffId: flow.staffId} : {}),
    ...(flow.resourceId || slot.slot.resourceId ? {resourceId: flow.resourceId || String(slot.slot.resourceId)} : {}),
    ...(slot.slot.scheduleId !== null ? {scheduleId: String(slot.slot.scheduleId)} : {}),
    ...(slot.slot.quoteId ? {quoteId: slot.slot.quoteId} : {}),
    ...(flow.details.notes ? {notes: flow.details.notes} : {}),
    ...(flow.details.addonIds.length ? {addonIds: [...flow.details.addonIds]} : {}),
  };
  if (!flow.host.beforeBooking(summary, input)) {
    flow.update({notice: 'vetoed', error: undefined});
    return false;
  }
  flow.bookingKey ??= newIdempotencyKey();
  flow.update({busy: true, error: undefined, notice: undefined});
  try {
    const booking = await createGuestBooking(client, input, {signal: flow.host.signal, idempotencyKey: flow.bookingKey});
    flow.bookingKey = undefined;
    flow.update({booking, summary, step: 'done', busy: false});
    flow.host.bookingCreated(booking, summary);
    return true;
  } catch (error) {
    if (isFavApiError(error) && error.kind === 'aborted') {
      flow.busy = false;
      return false;
    }
    flow.host.failed(error);
    if (isFavApiError(error) && error.status === 409 && error.code !== 'BOOKING_ON_HAND') {
      // The time was taken meanwhile: fresh times for that day; the details stay.
      flow.bookingKey = undefined;
      flow.update({busy: false, step: 'time', slotKey: undefined, notice: 'slot-taken', error: undefined});
      await flow.availability.reload(slot.date);
      return false;
    }
    if (isFavApiError(error) && error.status === 401 && summary.customer.kind === 'member') {
      flow.update({busy: false, notice: 'session-expired', error: undefined});
      return false;
    }
    flow.update({busy: false, error: error instanceof Error ? error : new FavApiError({kind: 'network', message: String(error)})});
    return false;
  }
}
