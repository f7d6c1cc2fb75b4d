/**
 * The logic of the later steps of `<fav-booking>`, without markup: the details form's phone prefix
 * and checks, the price, the promotion code, the summary the events and the review show, and the
 * booking itself (A6) with its failure paths. Loaded with the later steps; what it finds out, it
 * tells the flow through the flow's named methods.
 */
import {createGuestBooking, type GuestBookingInput} from '../../api/bookings.js';
import type {Booking} from '../../api/schemas/bookings.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {fromCents, toCents} from '../../ui/money.js';
import {CreateCall} from '../shared/create-call.js';
import {loadTenantPhonePrefix} from '../shared/phone-prefix.js';
import {PromotionCode, refusesPromotionCode} from '../shared/promotion-code.js';
import type {BookableSlot} from '../shared/slot-availability.js';
import type {BookingFlow, BookingSummary, CustomerDetails} from './booking-flow.js';

/** The tenant's dialling prefix for the details form (B8), loaded once per element. */
export function loadPhonePrefix(flow: BookingFlow): Promise<void> {
  return loadTenantPhonePrefix(flow.element, (prefix) => flow.phonePrefixKnown(prefix));
}

/** Checks the details form; the phone comes back in E.164 (with the tenant's prefix when it has none). */
function validateDetails(details: CustomerDetails, prefix: string): {details: CustomerDetails; errors: BookingFlow['detailErrors']} {
  const phone = details.phone ? withCountryPrefix(details.phone, prefix) : '';
  const errors = {
    name: validateRequired(details.name),
    phone: validateRequired(details.phone) ?? validatePhone(phone),
    email: details.email ? validateEmail(details.email) : undefined,
  };
  return {details: {...details, phone: phone || details.phone}, errors: Object.fromEntries(Object.entries(errors).filter(([, message]) => message))};
}

/** The details the visitor sent: valid ones go on to the review; resolves false when their errors show instead. */
export async function submitDetails(flow: BookingFlow, values: CustomerDetails): Promise<boolean> {
  await loadPhonePrefix(flow);
  const {details, errors} = validateDetails(values, flow.phonePrefix);
  if (Object.keys(errors).length) {
    await flow.invalid(values, errors);
    return false;
  }
  flow.review(details);
  return true;
}

/** The price of the chosen slot (tier price, base price or the service price) plus add-ons. */
export function bookingPrice(flow: BookingFlow): {amount: string; currency: string} {
  const slot = flow.selectedSlot?.slot;
  const base = slot?.tierPrice ?? slot?.basePrice ?? flow.service?.price ?? '0';
  const addons = (flow.service?.addons ?? []).filter((addon) => flow.details.addonIds.includes(String(addon.id)));
  const cents = toCents(base) + addons.reduce((sum, addon) => sum + toCents(addon.price), 0);
  return {amount: fromCents(cents), currency: flow.service?.currency ?? ''};
}

/** The service has a price (its slot's or its own): only then is a promotion code offered and sent. */
export function isPriced(flow: BookingFlow): boolean {
  const slot = flow.selectedSlot?.slot;
  return toCents(slot?.tierPrice ?? slot?.basePrice ?? flow.service?.price) > 0;
}

/**
 * What a booking made with a promotion code costs: the code, the discount (the price shown before
 * less the booking's `totalPrice`, the server's figure; A6 gives no discount of its own) and the total.
 */
export function promotionOutcome(summary: BookingSummary, booking: Booking, code: string): {code: string; discount: string; total: string} | undefined {
  if (!code) return undefined;
  const discount = toCents(summary.price.amount) - toCents(booking.totalPrice);
  return {code, discount: fromCents(Math.max(discount, 0)), total: booking.totalPrice};
}

export function buildSummary(flow: BookingFlow, slot: BookableSlot): BookingSummary {
  const service = flow.service!;
  const member = flow.asMember ? flow.hooks.member() : null;
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

/**
 * Makes the booking (A6) of a flow. One per element, so that every retry of the same booking keeps
 * its Idempotency-Key ({@link CreateCall}); its state (busy, the failure) shows on the flow.
 */
export class BookingCheckout {
  /** The promotion code of the details form, sent with the booking of a service with a price. */
  readonly promotion: PromotionCode;
  /** The promotion code the last booking was made with ('' for none), for its confirmation. */
  promotionSent = '';
  private readonly call: CreateCall;

  constructor(private readonly flow: BookingFlow) {
    this.call = new CreateCall(flow, flow.showCall);
    this.promotion = new PromotionCode(flow.element);
  }

  /** Creates the booking once: a second press while it runs does nothing. Resolves true when it was made. */
  async confirm(): Promise<boolean> {
    const flow = this.flow;
    const client = flow.element.client;
    const slot = flow.selectedSlot;
    const service = flow.service;
    if (!client || !slot || !service || flow.busy) return false;
    const summary = buildSummary(flow, slot);
    const promotionCode = isPriced(flow) ? this.promotion.commit() : '';
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
      ...(promotionCode ? {promotionCode} : {}),
    };
    if (!flow.pageAllows(summary, input)) return false;
    // The code sent: `fav-before-booking` may have changed it.
    const sent = input.promotionCode ?? '';
    const booking = await this.call.send({
      request: input,
      call: (options) => createGuestBooking(client, input, options),
      asMember: summary.customer.kind === 'member',
      sessionEnded: () => flow.sessionEnded(),
      refused: async (error) => {
        if (sent && refusesPromotionCode(error)) {
          // Back to the details, where the code shows in its field with the message; nothing typed is lost.
          flow.back();
          await this.promotion.refused(sent);
          return true;
        }
        if (error.status !== 409 || error.code === 'BOOKING_ON_HAND') return false;
        await flow.slotTaken(slot.date);
        return true;
      },
    });
    if (!booking) return false;
    this.promotionSent = sent;
    flow.booked(booking, summary);
    return true;
  }
}
