/**
 * A. Service booking: A1–A10 over the fixtures in ../fixtures/booking.ts.
 *
 * Slots come from each service's opening hours (tenant wall clock), its duration and the bookings
 * already made: a staff member or resource is busy across services, a pool service (no staff or
 * resource requirement) holds `capacity` people per slot. Seed bookings are placed relative to the
 * mock clock the first time a tenant's booking state is used after a reset.
 */
import {
  bookingFixtures,
  MOCK_BOOKING_IDS,
  type AddonFixture,
  type BookingTenantFixture,
  type ServiceFixture,
} from '../fixtures/booking.js';
import {assertValid, invalidPromotionCode, MockError, notFound, ok, route, type MockRoute} from '../route.js';
import {pageOf} from '../paging.js';
import {onReset, type MemberRecord, type TenantState} from '../state.js';
import {pick, type MockLocale} from '../text.js';
import {money} from '../money.js';
import {addDays, instantOf, isoAt, pad, wallOf} from '../zoned-time.js';

type BookingStatus = 'pending' | 'confirmed' | 'cancelled' | 'completed' | 'no_show';

interface StatusChange {
  fromStatus: BookingStatus | null;
  toStatus: BookingStatus;
  createdAt: number;
}

interface BookingRecord {
  id: string;
  serviceId: string;
  memberUuid: string | null;
  status: BookingStatus;
  start: number;
  end: number;
  staffId: string | null;
  resourceId: string | null;
  addonIds: string[];
  customerName: string;
  customerPhone: string;
  customerEmail: string | null;
  notes: string | null;
  promotionCode: string | null;
  discountCents: number;
  scheduleId: string | null;
  quoteId: string | null;
  cancellationReason: string | null;
  createdAt: number;
  statusHistory: StatusChange[];
}

interface TenantBookings {
  bookings: BookingRecord[];
}

const CUTOFF_HOURS = MOCK_BOOKING_IDS.cutoffHours;
const DAY_MS = 24 * 3600_000;

let states = new Map<string, TenantBookings>();
let counter = 1100;
onReset(() => {
  states = new Map();
  counter = 1100;
});

// ---------------------------------------------------------------------------------------------
// Time in the tenant's zone

function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A real calendar date `YYYY-MM-DD`, or undefined. */
function validDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? value.trim() : undefined;
}

/** 'HH:MM[:SS]' → minutes of the day. */
function minutesOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? h * 60 + m : undefined;
}

const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A date-time (with `Z`, an offset, or none = tenant wall clock) → instant. */
function parseDateTime(value: unknown, timeZone: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const date = validDate(match[1]);
  const minutes = minutesOf(match[2]);
  if (!date || minutes === undefined) return undefined;
  const seconds = Number(match[3] ?? 0);
  const zone = match[4];
  if (!zone) return instantOf(date, minutes, timeZone) + seconds * 1000;
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) + minutes * 60_000 + seconds * 1000 - offset * 60_000;
}

// ---------------------------------------------------------------------------------------------
// State

function fixtureOf(tenant: TenantState): BookingTenantFixture {
  return bookingFixtures[tenant.id] ?? {address: {en: '', zh: ''}, staff: [], resources: [], services: [], promotions: [], seeds: []};
}

function serviceOf(tenant: TenantState, id: unknown): ServiceFixture | undefined {
  return fixtureOf(tenant).services.find((service) => service.id === String(id));
}

function requireService(tenant: TenantState, id: unknown): ServiceFixture {
  const service = serviceOf(tenant, id);
  if (!service) throw notFound(`Unknown service ${String(id)}`);
  return service;
}

function stateOf(tenant: TenantState, now: number): TenantBookings {
  let state = states.get(tenant.id);
  if (state) return state;
  const fixture = fixtureOf(tenant);
  const tz = tenant.info.timezone;
  const today = wallOf(now, tz).date;
  const bookings: BookingRecord[] = fixture.seeds.map((seed) => {
    const service = fixture.services.find((s) => s.id === seed.serviceId)!;
    const start =
      seed.time === 'soon' ? Math.ceil(now / 3600_000) * 3600_000 + 3 * 3600_000 : instantOf(addDays(today, seed.dayOffset), minutesOf(seed.time)!, tz);
    const member = tenant.members.find((m) => m.uuid === seed.memberUuid);
    const createdAt = Math.min(now, start) - seed.createdDaysAgo * DAY_MS;
    const history: StatusChange[] = [{fromStatus: null, toStatus: service.requiresConfirmation ? 'pending' : 'confirmed', createdAt}];
    if (history[0]!.toStatus !== seed.status) history.push({fromStatus: history[0]!.toStatus, toStatus: seed.status, createdAt: Math.min(now, start + 60 * 60_000)});
    return {
      id: seed.id,
      serviceId: seed.serviceId,
      memberUuid: seed.memberUuid,
      status: seed.status,
      start,
      end: start + service.durationMinutes * 60_000,
      staffId: seed.staffId ?? null,
      resourceId: seed.resourceId ?? null,
      addonIds: seed.addonIds ?? [],
      customerName: member ? (pick(member.name, 'en') ?? '') : '',
      customerPhone: member?.phone ?? '',
      customerEmail: member?.email ?? null,
      notes: seed.notes ?? null,
      promotionCode: null,
      discountCents: 0,
      scheduleId: null,
      quoteId: null,
      cancellationReason: seed.cancellationReason ?? null,
      createdAt,
      statusHistory: history,
    };
  });
  state = {bookings};
  states.set(tenant.id, state);
  return state;
}

const ACTIVE: ReadonlySet<BookingStatus> = new Set(['pending', 'confirmed']);

// ---------------------------------------------------------------------------------------------
// Slots

interface SlotInfo {
  startTime: string;
  endTime: string;
  start: number;
  end: number;
  available: boolean;
  remainingCapacity: number;
  scheduleId: string;
  resourceId: string | null;
}

interface SlotFilter {
  staffId?: string;
  resourceId?: string;
  /** A booking being rescheduled: its own slot counts as free. */
  excludeId?: string;
}

/** Today (tenant zone) … today + advanceBookingDays are offered; other dates and closed days give no slots. */
function slotsFor(tenant: TenantState, service: ServiceFixture, date: string, filter: SlotFilter, now: number): SlotInfo[] {
  const tz = tenant.info.timezone;
  const today = wallOf(now, tz).date;
  if (date > addDays(today, service.advanceBookingDays)) return [];
  const dow = weekdayOf(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  const windows = service.hours[dow] ?? [];
  const bookings = stateOf(tenant, now).bookings.filter((b) => ACTIVE.has(b.status) && b.id !== filter.excludeId);
  const step = service.slotIntervalMinutes ?? service.durationMinutes;
  const slots: SlotInfo[] = [];
  for (const [open, close] of windows) {
    const last = minutesOf(close)! - service.durationMinutes;
    for (let minute = minutesOf(open)!; minute <= last; minute += step) {
      const start = instantOf(date, minute, tz);
      const end = start + service.durationMinutes * 60_000;
      const overlapping = bookings.filter((b) => b.start < end && start < b.end);
      const staffBusy = (id: string) => overlapping.some((b) => b.staffId === id);
      const resourceBusy = (id: string) => overlapping.some((b) => b.resourceId === id);
      let remaining: number;
      let resourceId: string | null = null;
      if (service.requiresResource) {
        const candidates = filter.resourceId ? [filter.resourceId] : service.resourceIds;
        const free = candidates.filter((id) => !resourceBusy(id));
        remaining = free.length * service.capacity;
        resourceId = free[0] ?? candidates[0] ?? null;
      } else if (service.requiresStaff) {
        const candidates = filter.staffId ? [filter.staffId] : service.staffIds;
        remaining = candidates.filter((id) => !staffBusy(id)).length * service.capacity;
      } else {
        const used = overlapping.filter((b) => b.serviceId === service.id).length;
        remaining = Math.max(0, service.capacity - used);
      }
      if (filter.staffId && !service.requiresStaff && staffBusy(filter.staffId)) remaining = 0;
      if (filter.resourceId && !service.requiresResource) {
        if (resourceBusy(filter.resourceId)) remaining = 0;
        resourceId = filter.resourceId;
      }
      if (start <= now) remaining = 0;
      slots.push({
        startTime: hhmm(minute),
        endTime: hhmm(minute + service.durationMinutes),
        start,
        end,
        available: remaining > 0,
        remainingCapacity: remaining,
        scheduleId: `sch_${service.id.replace(/^svc_/, '')}_${dow}`,
        resourceId,
      });
    }
  }
  return slots;
}

/** The member's active bookings of the service on the date and in its week (Monday–Sunday). */
function usageOf(tenant: TenantState, service: ServiceFixture, date: string, member: MemberRecord | null, now: number, excludeId?: string) {
  if (!member) return {daily: [] as BookingRecord[], weekly: [] as BookingRecord[]};
  const tz = tenant.info.timezone;
  const monday = addDays(date, -((weekdayOf(date) + 6) % 7));
  const sunday = addDays(monday, 6);
  const mine = stateOf(tenant, now).bookings.filter(
    (b) => b.memberUuid === member.uuid && b.serviceId === service.id && ACTIVE.has(b.status) && b.id !== excludeId,
  );
  const dateOf = (b: BookingRecord) => wallOf(b.start, tz).date;
  return {daily: mine.filter((b) => dateOf(b) === date), weekly: mine.filter((b) => dateOf(b) >= monday && dateOf(b) <= sunday)};
}

function bookingConfig(tenant: TenantState, service: ServiceFixture, date: string, member: MemberRecord | null, now: number) {
  const usage = usageOf(tenant, service, date, member, now);
  const weeklyHours = usage.weekly.reduce((sum, b) => sum + (b.end - b.start) / 3600_000, 0);
  const isAllowed =
    (service.dailyBookingCount === null || usage.daily.length < service.dailyBookingCount) &&
    (service.weeklyBookingCount === null || usage.weekly.length < service.weeklyBookingCount) &&
    (service.weeklyHoursLimit === null || weeklyHours + service.durationMinutes / 60 <= service.weeklyHoursLimit);
  return {
    advanceBookingDays: service.advanceBookingDays,
    maxBookableTimeslots: service.maxBookableTimeslots,
    isAllowed,
    dailyBookingCount: service.dailyBookingCount,
    weeklyBookingCount: service.weeklyBookingCount,
    weeklyHoursLimit: service.weeklyHoursLimit,
    currentDailyUsage: usage.daily.length,
    currentWeeklyUsage: usage.weekly.length,
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

function addonJson(addon: AddonFixture, locale: MockLocale) {
  return {
    id: addon.id,
    name: pick(addon.name, locale),
    description: pick(addon.description, locale),
    price: money(addon.priceCents),
    durationMinutes: addon.durationMinutes,
    productImageUrl: null,
  };
}

function serviceJson(tenant: TenantState, service: ServiceFixture, locale: MockLocale) {
  return {
    id: service.id,
    name: pick(service.name, locale),
    description: pick(service.description, locale),
    address: pick(fixtureOf(tenant).address, locale),
    type: service.type,
    durationMinutes: service.durationMinutes,
    capacity: service.capacity,
    price: money(service.priceCents),
    displayPrice: pick(service.displayPrice, locale),
    currency: tenant.info.currency,
    coverImage: service.coverImage,
    sortOrder: service.sortOrder,
    requiresStaff: service.requiresStaff,
    requiresResource: service.requiresResource,
    paymentRequired: service.paymentRequired,
    requiresConfirmation: service.requiresConfirmation,
    requireLogin: service.requireLogin,
    advanceBookingDays: service.advanceBookingDays,
    maxBookableTimeslots: service.maxBookableTimeslots,
    categoryId: service.categoryId,
    categoryName: pick(service.categoryName, locale),
    addons: service.addons.map((addon) => addonJson(addon, locale)),
    timezone: tenant.info.timezone,
  };
}

function amounts(tenant: TenantState, booking: BookingRecord) {
  const service = serviceOf(tenant, booking.serviceId)!;
  const addons = booking.addonIds.map((id) => service.addons.find((a) => a.id === id)).filter((a): a is AddonFixture => Boolean(a));
  const subtotal = service.priceCents;
  const addonsTotal = addons.reduce((sum, addon) => sum + addon.priceCents, 0);
  return {service, addons, subtotal, addonsTotal, total: subtotal + addonsTotal - booking.discountCents};
}

function bookingJson(tenant: TenantState, booking: BookingRecord, locale: MockLocale) {
  const tz = tenant.info.timezone;
  const fixture = fixtureOf(tenant);
  const {service, total} = amounts(tenant, booking);
  const staff = fixture.staff.find((s) => s.id === booking.staffId);
  const resource = fixture.resources.find((r) => r.id === booking.resourceId);
  const start = wallOf(booking.start, tz);
  return {
    id: booking.id,
    serviceId: booking.serviceId,
    serviceName: pick(service.name, locale),
    status: booking.status,
    bookingDate: start.date,
    startTime: start.time,
    endTime: wallOf(booking.end, tz).time,
    totalPrice: money(total),
    currency: tenant.info.currency,
    createdAt: new Date(booking.createdAt).toISOString(),
    occurrenceStart: isoAt(booking.start, tz),
    occurrenceEnd: isoAt(booking.end, tz),
    staffId: booking.staffId,
    staffName: staff ? pick(staff.name, locale) : null,
    resourceId: booking.resourceId,
    resourceName: resource ? pick(resource.name, locale) : null,
    paymentRequired: service.paymentRequired && total > 0,
    customerName: booking.customerName,
    customerPhone: booking.customerPhone,
    customerEmail: booking.customerEmail,
  };
}

function bookingDetailJson(tenant: TenantState, booking: BookingRecord, locale: MockLocale) {
  const tz = tenant.info.timezone;
  const {service, addons, subtotal, addonsTotal} = amounts(tenant, booking);
  const occurrenceStart = isoAt(booking.start, tz);
  const occurrenceEnd = isoAt(booking.end, tz);
  return {
    ...bookingJson(tenant, booking, locale),
    subtotal: money(subtotal),
    addonsTotal: money(addonsTotal),
    discountAmount: booking.discountCents > 0 ? money(booking.discountCents) : null,
    promotionCode: booking.promotionCode,
    totalDurationMinutes: service.durationMinutes + addons.reduce((sum, addon) => sum + addon.durationMinutes, 0),
    notes: booking.notes,
    cancellationReason: booking.cancellationReason,
    lineItems: [
      {
        id: `${booking.id}-1`,
        type: 'service',
        name: pick(service.name, locale),
        description: pick(service.description, locale),
        price: money(service.priceCents),
        memberTierPrice: null,
        durationMinutes: service.durationMinutes,
        occurrenceStart,
        occurrenceEnd,
      },
      ...addons.map((addon, index) => ({
        id: `${booking.id}-${index + 2}`,
        type: 'addon',
        name: pick(addon.name, locale),
        description: pick(addon.description, locale),
        price: money(addon.priceCents),
        memberTierPrice: null,
        durationMinutes: addon.durationMinutes,
        occurrenceStart,
        occurrenceEnd,
      })),
    ],
    statusHistory: booking.statusHistory.map((change) => ({
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      createdAt: new Date(change.createdAt).toISOString(),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Requests

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const PHONE = /^\+[1-9]\d{7,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The requested start: the doc's `occurrenceStart`, or the SDK's `bookingDate` + `startTime`. */
function requestedStart(body: Record<string, unknown>, timeZone: string): number | undefined {
  if (body.occurrenceStart !== undefined && body.occurrenceStart !== null && body.occurrenceStart !== '') {
    return parseDateTime(body.occurrenceStart, timeZone);
  }
  const startTime = text(body.startTime);
  if (DATE_TIME.test(startTime)) return parseDateTime(startTime, timeZone);
  const date = validDate(body.bookingDate);
  const minutes = minutesOf(startTime);
  return date && minutes !== undefined ? instantOf(date, minutes, timeZone) : undefined;
}

function hasTimes(body: Record<string, unknown>): boolean {
  return Boolean(text(body.occurrenceStart) || text(body.bookingDate) || text(body.startTime));
}

function slotAt(tenant: TenantState, service: ServiceFixture, start: number, filter: SlotFilter, now: number): SlotInfo {
  const date = wallOf(start, tenant.info.timezone).date;
  const slot = slotsFor(tenant, service, date, filter, now).find((candidate) => candidate.start === start);
  if (!slot || !slot.available) {
    throw new MockError(409, 'SLOT_NOT_AVAILABLE', 'This time is no longer available', {date, startTime: wallOf(start, tenant.info.timezone).time});
  }
  return slot;
}

/** Checks a staff/resource choice against the service; required choices must be made. */
function unitProblems(tenant: TenantState, service: ServiceFixture, staffId: string, resourceId: string) {
  const fixture = fixtureOf(tenant);
  return {
    staffId: staffId
      ? service.staffIds.includes(staffId) && fixture.staff.some((s) => s.id === staffId)
        ? undefined
        : 'Unknown staff member for this service'
      : service.requiresStaff
        ? 'Choose a staff member'
        : undefined,
    resourceId: resourceId
      ? service.resourceIds.includes(resourceId)
        ? undefined
        : 'Unknown resource for this service'
      : service.requiresResource
        ? 'Choose a resource'
        : undefined,
  };
}

function nextId(): string {
  const id = `bk_${counter}`;
  counter += 1;
  return id;
}

function ownBooking(tenant: TenantState, member: MemberRecord | null, id: string, now: number): BookingRecord {
  const booking = stateOf(tenant, now).bookings.find((b) => b.id === id);
  if (!booking || !member || booking.memberUuid !== member.uuid) throw notFound(`No booking ${id}`);
  return booking;
}

function assertChangeable(booking: BookingRecord, now: number, code: string, verb: string): void {
  if (booking.status === 'cancelled' || booking.status === 'completed' || booking.status === 'no_show') {
    throw new MockError(409, code, `A ${booking.status} booking cannot be ${verb}`, {reason: booking.status === 'cancelled' ? 'already_cancelled' : booking.status, status: booking.status});
  }
  if (booking.start - now < CUTOFF_HOURS * 3600_000) {
    throw new MockError(409, code, `Bookings cannot be ${verb} less than ${CUTOFF_HOURS} hours before the start`, {reason: 'past_cutoff', cutoffHours: CUTOFF_HOURS});
  }
}

// ---------------------------------------------------------------------------------------------
// Routes

export const bookingRoutes: MockRoute[] = [
  route('listServices', ({tenant, query, locale}) => {
    const search = (query.search ?? '').trim().toLowerCase();
    const category = query.categoryId ?? query.category_id;
    const services = fixtureOf(tenant)
      .services.filter((s) => !search || s.name.en.toLowerCase().includes(search) || s.name.zh.toLowerCase().includes(search))
      .filter((s) => !category || s.categoryId === category)
      .sort((a, b) => a.sortOrder - b.sortOrder);
    return ok(pageOf(services.map((s) => serviceJson(tenant, s, locale)), query));
  }),

  route('getService', ({tenant, params, locale}) => ok(serviceJson(tenant, requireService(tenant, params.id), locale))),

  route('listServiceStaff', ({tenant, params, query, locale}) => {
    const service = requireService(tenant, params.id);
    const staff = fixtureOf(tenant).staff.filter((s) => service.staffIds.includes(s.id));
    return ok(
      pageOf(
        staff.map((s) => ({memberId: s.id, memberName: pick(s.name, locale), avatarUrl: s.avatarUrl, title: pick(s.title, locale)})),
        {...query, limit: query.limit ?? '100'},
      ),
    );
  }),

  route('listServiceResources', ({tenant, params, query, locale}) => {
    const service = requireService(tenant, params.id);
    const resources = fixtureOf(tenant).resources.filter((r) => service.resourceIds.includes(r.id));
    return ok(
      pageOf(
        resources.map((r) => ({resourceId: r.id, resourceName: pick(r.name, locale), resourceType: r.type})),
        {...query, limit: query.limit ?? '100'},
      ),
    );
  }),

  route('listSlots', ({tenant, params, query, member, now}) => {
    const service = requireService(tenant, params.id);
    const date = validDate(query.date);
    const staffId = query.staffId ?? '';
    const resourceId = query.resourceId ?? '';
    assertValid({
      date: date ? undefined : 'Give a date as YYYY-MM-DD',
      staffId: staffId && !service.staffIds.includes(staffId) ? 'Unknown staff member for this service' : undefined,
      resourceId: resourceId && !service.resourceIds.includes(resourceId) ? 'Unknown resource for this service' : undefined,
    });
    const tz = tenant.info.timezone;
    const slots = slotsFor(tenant, service, date!, {staffId: staffId || undefined, resourceId: resourceId || undefined}, now);
    return ok({
      date,
      timezone: tz,
      slots: slots.map((slot) => ({
        startTime: slot.startTime,
        endTime: slot.endTime,
        occurrenceStart: isoAt(slot.start, tz),
        occurrenceEnd: isoAt(slot.end, tz),
        available: slot.available,
        remainingCapacity: slot.remainingCapacity,
        scheduleId: slot.scheduleId,
        ...(slot.resourceId ? {resourceId: slot.resourceId} : {}),
        basePrice: money(service.priceCents),
      })),
      bookingConfig: bookingConfig(tenant, service, date!, member, now),
    });
  }),

  route('createGuestBooking', ({tenant, body, member, locale, now}) => {
    const tz = tenant.info.timezone;
    const guest = isRecord(body.guestInfo) ? body.guestInfo : {};
    const serviceId = text(body.serviceId);
    const service = serviceId ? requireService(tenant, serviceId) : undefined;
    if (service?.requireLogin && !member) throw new MockError(403, 'LOGIN_REQUIRED', 'Sign in to book this service');

    const memberName = member ? [pick(member.name, locale), pick(member.lastName, locale)].filter(Boolean).join(' ') : '';
    const name =
      text(body.customerName) || text(guest.name) || [text(guest.firstName), text(guest.lastName)].filter(Boolean).join(' ') || memberName;
    const rawPhone = text(body.customerPhone) || text(guest.phone) || member?.phone || '';
    const phone = rawPhone.replace(/[\s\-()]/g, '');
    const email = text(body.customerEmail) || text(guest.email) || member?.email || '';
    const start = requestedStart(body, tz);
    const staffId = text(body.staffId);
    const resourceId = text(body.resourceId);
    const addonIds = Array.isArray(body.addonIds) ? body.addonIds.map(text) : [];
    const promotionCode = text(body.promotionCode);
    const promotion = promotionCode ? fixtureOf(tenant).promotions.find((p) => p.code.toLowerCase() === promotionCode.toLowerCase()) : undefined;
    assertValid({
      serviceId: serviceId ? undefined : 'Required',
      customerName: name ? undefined : 'Required',
      customerPhone: !phone ? 'Required' : PHONE.test(phone) ? undefined : 'Enter the phone number in international format, e.g. +85291234567',
      customerEmail: email && !EMAIL.test(email) ? 'Enter a valid email address' : undefined,
      occurrenceStart: start === undefined ? (hasTimes(body) ? 'Not a valid date-time' : 'Required') : undefined,
      ...(service ? unitProblems(tenant, service, staffId, resourceId) : {}),
      addonIds: service && addonIds.some((id) => !service.addons.some((a) => a.id === id)) ? 'Unknown add-on for this service' : undefined,
    });
    if (promotionCode && !promotion) throw invalidPromotionCode();

    const slot = slotAt(tenant, service!, start!, {staffId: staffId || undefined, resourceId: resourceId || undefined}, now);
    const date = wallOf(slot.start, tz).date;
    const usage = usageOf(tenant, service!, date, member, now);
    const over =
      service!.dailyBookingCount !== null && usage.daily.length >= service!.dailyBookingCount
        ? usage.daily[0]
        : service!.weeklyBookingCount !== null && usage.weekly.length >= service!.weeklyBookingCount
          ? usage.weekly[0]
          : undefined;
    if (over) {
      throw new MockError(409, 'BOOKING_ON_HAND', 'You already have a booking for this service in this period', {
        existingBookingId: over.id,
        existingBookingDate: wallOf(over.start, tz).date,
        isRace: false,
      });
    }

    const status: BookingStatus = service!.requiresConfirmation || service!.paymentRequired ? 'pending' : 'confirmed';
    const subtotal = service!.priceCents + addonIds.reduce((sum, id) => sum + (service!.addons.find((a) => a.id === id)?.priceCents ?? 0), 0);
    const booking: BookingRecord = {
      id: nextId(),
      serviceId: service!.id,
      memberUuid: member?.uuid ?? null,
      status,
      start: slot.start,
      end: slot.end,
      staffId: staffId || null,
      resourceId: resourceId || (service!.requiresResource ? slot.resourceId : null),
      addonIds,
      customerName: name,
      customerPhone: phone,
      customerEmail: email || null,
      notes: text(body.notes) || null,
      promotionCode: promotion?.code ?? null,
      discountCents: promotion ? Math.round((subtotal * promotion.percentOff) / 100) : 0,
      scheduleId: text(body.scheduleId) || slot.scheduleId,
      quoteId: text(body.quoteId) || null,
      cancellationReason: null,
      createdAt: now,
      statusHistory: [{fromStatus: null, toStatus: status, createdAt: now}],
    };
    stateOf(tenant, now).bookings.push(booking);
    return ok(bookingJson(tenant, booking, locale), 201);
  }),

  route('listBookings', ({tenant, member, query, locale, now}) => {
    const statuses = (query.status ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const upcoming = query.upcoming === undefined ? undefined : query.upcoming === 'true' || query.upcoming === '1';
    const dateFrom = validDate(query.dateFrom);
    const dateTo = validDate(query.dateTo);
    const tz = tenant.info.timezone;
    const mine = stateOf(tenant, now)
      .bookings.filter((b) => b.memberUuid === member!.uuid)
      .filter((b) => statuses.length === 0 || statuses.includes(b.status))
      .filter((b) => upcoming === undefined || upcoming === (b.start > now && ACTIVE.has(b.status)))
      .filter((b) => !dateFrom || wallOf(b.start, tz).date >= dateFrom)
      .filter((b) => !dateTo || wallOf(b.start, tz).date <= dateTo)
      .sort((a, b) => (upcoming ? a.start - b.start : b.start - a.start));
    return ok(pageOf(mine.map((b) => bookingJson(tenant, b, locale)), query));
  }),

  route('getBooking', ({tenant, member, params, locale, now}) => ok(bookingDetailJson(tenant, ownBooking(tenant, member, params.id!, now), locale))),

  route('cancelBooking', ({tenant, member, params, body, locale, now}) => {
    const booking = ownBooking(tenant, member, params.id!, now);
    assertChangeable(booking, now, 'CANCELLATION_NOT_ALLOWED', 'cancelled');
    const reason = text(body.reason);
    booking.statusHistory.push({fromStatus: booking.status, toStatus: 'cancelled', createdAt: now});
    booking.status = 'cancelled';
    booking.cancellationReason = reason || 'Cancelled by customer';
    return ok(bookingDetailJson(tenant, booking, locale));
  }),

  route('rescheduleBooking', ({tenant, member, params, body, locale, now}) => {
    const tz = tenant.info.timezone;
    const booking = ownBooking(tenant, member, params.id!, now);
    const service = serviceOf(tenant, booking.serviceId)!;
    const start = requestedStart(body, tz);
    const staffId = text(body.staffId) || booking.staffId || '';
    const wantedResource = text(body.resourceId);
    const resourceId = wantedResource || booking.resourceId || '';
    assertValid({
      occurrenceStart: start === undefined ? (hasTimes(body) ? 'Not a valid date-time' : 'Required') : undefined,
      ...unitProblems(tenant, service, staffId, resourceId),
    });
    assertChangeable(booking, now, 'RESCHEDULE_NOT_ALLOWED', 'rescheduled');
    const filter: SlotFilter = {staffId: staffId || undefined, resourceId: resourceId || undefined, excludeId: booking.id};
    let slot: SlotInfo;
    if (service.requiresResource && !wantedResource) {
      // Keep the booked resource when it is free at the new time, else take any free one.
      const own = slotsFor(tenant, service, wallOf(start!, tz).date, filter, now).find((s) => s.start === start);
      slot = own?.available ? own : slotAt(tenant, service, start!, {...filter, resourceId: undefined}, now);
    } else {
      slot = slotAt(tenant, service, start!, filter, now);
    }
    booking.start = slot.start;
    booking.end = slot.end;
    booking.staffId = staffId || null;
    booking.resourceId = service.requiresResource ? slot.resourceId : resourceId || null;
    if (text(body.scheduleId)) booking.scheduleId = text(body.scheduleId);
    if (text(body.quoteId)) booking.quoteId = text(body.quoteId);
    if (text(body.notes)) booking.notes = text(body.notes);
    return ok(bookingDetailJson(tenant, booking, locale));
  }),
];

export {MOCK_BOOKING_IDS};
