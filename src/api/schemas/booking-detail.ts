/** A8–A10. One booking in full: its lines and status history. Loaded when a booking is opened or changed. */
import * as z from 'zod/mini';
import {dateTime, id, int, list, moneyOrZero, nullableMoney, nullableText, text} from './fields.js';
import {BookingSchema} from './bookings.js';

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
