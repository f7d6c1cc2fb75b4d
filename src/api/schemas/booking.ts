/** A1–A5. Service booking: services, staff, resources, slots. The bookings themselves: bookings.ts. */
import * as z from 'zod/mini';
import {RegistrationFormSchema} from './registration.js';
import {
  bool,
  id,
  int,
  list,
  maybe,
  money,
  moneyOrZero,
  nullableId,
  nullableInt,
  nullableText,
  text,
  withAliases,
} from './fields.js';

export const AddonSchema = z.object({
  id,
  name: text,
  description: nullableText,
  price: money,
  durationMinutes: int(0),
  productImageUrl: nullableText,
});
export type Addon = z.output<typeof AddonSchema>;

export const ServiceSchema = z.object({
  id,
  name: text,
  description: nullableText,
  address: nullableText,
  type: text,
  durationMinutes: int(0),
  capacity: int(0),
  /** Decimal string in major units; `"0"` when absent. */
  price: moneyOrZero,
  /** Free text shown instead of the price. */
  displayPrice: nullableText,
  currency: text,
  coverImage: nullableText,
  sortOrder: int(0),
  requiresStaff: bool,
  requiresResource: bool,
  paymentRequired: bool,
  requiresConfirmation: bool,
  requireLogin: bool,
  advanceBookingDays: nullableInt,
  maxBookableTimeslots: nullableInt,
  categoryId: nullableId,
  categoryName: nullableText,
  addons: list(AddonSchema),
  registrationForm: maybe(RegistrationFormSchema),
  /** IANA zone of the tenant, when the server says. */
  timezone: nullableText,
});
export type Service = z.output<typeof ServiceSchema>;

export const StaffSchema = withAliases(
  {memberId: ['id'], memberName: ['name']},
  z.object({memberId: id, memberName: text, avatarUrl: nullableText, title: nullableText}),
);
export type Staff = z.output<typeof StaffSchema>;

export const ResourceSchema = withAliases(
  {resourceId: ['id'], resourceName: ['name'], resourceType: ['type']},
  z.object({resourceId: id, resourceName: text, resourceType: text}),
);
export type Resource = z.output<typeof ResourceSchema>;

// Slots (A5) are in schemas/slots.ts, read only by the later steps.
export type {BookingConfig, Slot, SlotsResult} from './slots.js';
