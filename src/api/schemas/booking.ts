/** A1–A5. Service booking: services, staff, resources, slots. The bookings themselves: bookings.ts. */
import * as z from 'zod/mini';
import {RegistrationFormSchema} from './registration.js';
import {
  bool,
  boolOr,
  dateTime,
  date,
  id,
  int,
  isRecord,
  list,
  maybe,
  money,
  moneyOrZero,
  nullableBool,
  nullableId,
  nullableInt,
  nullableMoney,
  nullableNumber,
  nullableText,
  requiredTime,
  text,
  time,
  withAliases,
} from './fields.js';
import {listContainer, parseItems, type Parser} from './parse.js';

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

const RawSlotSchema = z.object({
  startTime: requiredTime,
  endTime: time,
  occurrenceStart: dateTime,
  occurrenceEnd: dateTime,
  available: nullableBool,
  status: nullableText,
  remainingCapacity: nullableInt,
  scheduleId: nullableId,
  resourceId: nullableId,
  quoteId: nullableText,
  basePrice: nullableMoney,
  tierPrice: nullableMoney,
  tierName: nullableText,
  priceType: nullableText,
});

/**
 * `available` comes from `available`, else an older server's `status` (`"available"` means true),
 * else from the capacity (unknown capacity counts as available).
 */
export const SlotSchema = withAliases(
  {remainingCapacity: ['availableCapacity']},
  z.pipe(
    RawSlotSchema,
    z.transform(({status, available, ...slot}) => ({
      ...slot,
      available:
        available ?? (status !== null ? status.trim().toLowerCase() === 'available' : slot.remainingCapacity === null || slot.remainingCapacity > 0),
    })),
  ),
);
export type Slot = z.output<typeof SlotSchema>;

export const BookingConfigSchema = z.object({
  advanceBookingDays: nullableInt,
  maxBookableTimeslots: nullableInt,
  isAllowed: boolOr(true),
  dailyBookingCount: nullableInt,
  weeklyBookingCount: nullableInt,
  weeklyHoursLimit: nullableNumber,
  currentDailyUsage: int(0),
  currentWeeklyUsage: int(0),
});
export type BookingConfig = z.output<typeof BookingConfigSchema>;

export interface SlotsResult {
  /** The date the slots are for (the requested one when the server does not say). */
  date: string | null;
  timezone: string | null;
  slots: Slot[];
  bookingConfig: BookingConfig | null;
  /** Slots that failed their schema and were left out. */
  dropped: number;
}

/** A5: `{date, timezone, slots, bookingConfig}`, a bare `Slot[]` or `{items}`. */
export const parseSlots: Parser<SlotsResult> = (payload, context) => {
  const {array, container, key} = listContainer(payload, {keys: ['slots']});
  const {items, dropped} = parseItems(SlotSchema, array, key, context);
  const meta = container ?? {};
  const requested = typeof context.query?.date === 'string' ? context.query.date : null;
  return {
    date: z.safeParse(date, meta.date).data ?? requested,
    timezone: z.safeParse(nullableText, meta.timezone).data ?? null,
    slots: items,
    bookingConfig: isRecord(meta.bookingConfig) ? (z.safeParse(maybe(BookingConfigSchema), meta.bookingConfig).data ?? null) : null,
    dropped,
  };
};
