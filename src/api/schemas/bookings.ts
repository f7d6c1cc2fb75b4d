/** A6–A10. Bookings: the one a guest or member makes, the member's list and details. */
import * as z from 'zod/mini';
import {bool, date, dateTime, id, moneyOrZero, nullableId, nullableText, oneOf, text, time} from './fields.js';

export const BOOKING_STATUSES = ['draft', 'pending', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;

export const BookingSchema = z.object({
  id,
  serviceId: nullableId,
  serviceName: text,
  status: oneOf(BOOKING_STATUSES),
  bookingDate: date,
  startTime: time,
  endTime: time,
  totalPrice: moneyOrZero,
  currency: text,
  createdAt: dateTime,
  occurrenceStart: dateTime,
  occurrenceEnd: dateTime,
  staffId: nullableId,
  staffName: nullableText,
  resourceId: nullableId,
  resourceName: nullableText,
  paymentRequired: bool,
});
export type Booking = z.output<typeof BookingSchema>;

// A booking's detail (A8–A10: lines, history) is in schemas/booking-detail.ts, loaded when one is opened.
export type {BookingDetail, LineItem, StatusChange} from './booking-detail.js';
