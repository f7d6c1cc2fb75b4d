/**
 * Making the booking: its price, the summary the events and the review show, and the A6 call with
 * its failure paths. Loaded with the later steps.
 */
import {createGuestBooking, type GuestBookingInput} from '../../api/bookings.js';
import {fromCents, toCents} from '../../ui/money.js';
import {CreateCall} from '../shared/create-call.js';
import type {BookableSlot} from '../shared/slot-availability.js';
import type {BookingFlow, BookingSummary} from './booking-flow.js';

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
  flow.update({notice: undefined});
  flow.bookingCall ??= new CreateCall(flow.host, (state) => flow.update(state));
  const booking = await flow.bookingCall.send({
    request: input,
    call: (options) => createGuestBooking(client, input, options),
    asMember: summary.customer.kind === 'member',
    sessionEnded: () => flow.update({notice: 'session-expired'}),
    refused: async (error) => {
      if (error.status !== 409 || error.code === 'BOOKING_ON_HAND') return false;
      // The time was taken meanwhile: fresh times for that day; the details stay.
      flow.update({step: 'time', slotKey: undefined, notice: 'slot-taken'});
      await flow.availability.reload(slot.date);
      return true;
    },
  });
  if (!booking) return false;
  flow.update({booking, summary, step: 'done'});
  flow.host.bookingCreated(booking, summary);
  return true;
}
