/** A5. Free slots of a service on one date, with the booking limits; read when the visitor picks a time. */
import * as z from 'zod/mini';
import {boolOr, date, int, isRecord, maybe, nullableBool, nullableId, nullableInt, nullableMoney, nullableNumber, nullableText, requiredTime, time, dateTime, withAliases} from './fields.js';
import {listContainer, parseItems, type Parser} from './parse.js';

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
