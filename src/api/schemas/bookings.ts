/** A6–A10. Bookings: the one a guest or member makes, the member's list and details. */
import * as z from 'zod/mini';
import {bool, date, dateTime, id, int, list, moneyOrZero, nullableId, nullableMoney, nullableText, oneOf, text, time} from './fields.js';

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

export const LineItemSchema = z.object({
  id,
  type: text,
  name: text,
  description: nullableText,
  price: moneyOrZero,
  memberTierPrice: nullableMoney,
  durationMinutes: int(0),
  occurrenceStart: dateTime,
  occurrenceEnd: dateTime,
});
export type LineItem = z.output<typeof LineItemSchema>;

export const StatusChangeSchema = z.object({
  fromStatus: nullableText,
  toStatus: text,
  createdAt: dateTime,
});
export type StatusChange = z.output<typeof StatusChangeSchema>;

export const BookingDetailSchema = z.object({
  ...BookingSchema.shape,
  subtotal: moneyOrZero,
  addonsTotal: moneyOrZero,
  discountAmount: nullableMoney,
  promotionCode: nullableText,
  totalDurationMinutes: int(0),
  notes: nullableText,
  cancellationReason: nullableText,
  lineItems: list(LineItemSchema),
  statusHistory: list(StatusChangeSchema),
});
export type BookingDetail = z.output<typeof BookingDetailSchema>;
