/**
 * C. Events: C7–C11 over the fixtures in ../fixtures/events.ts.
 *
 * Seats: a session holds `capacity` people; seats `taken` by the fixture plus every pending,
 * confirmed or paid registration are gone (a cancelled or failed one gives its seats back).
 * A free registration is confirmed at once; a paid one is pending until a payment intent (C10)
 * exists, and the first access check (C11) after that settles it: paid, or cancelled with
 * `paymentStatus: failed` for the declining test method. C10's `paymentUrl` is the caller's
 * `returnUrl` plus `fav_mock_payment=success|failed&registration=<id>`: no external page.
 *
 * Who may read a registration (C10/C11): a member's registration only with that member's token
 * (anyone else gets 404, as A8 does for bookings); a guest registration with its id alone, which
 * is why new ids carry a random part. The guestRegistrationToken is issued and accepted as a
 * bearer but not required.
 *
 * Assumed error codes beyond the contract's: 409 `EVENT_NOT_AVAILABLE` (event cancelled or the
 * session ended), 422 `QUANTITY_LIMIT_EXCEEDED` (over maxTicketsPerOrder / maxTicketsPerMember),
 * 400 `PAYMENT_NOT_REQUIRED` (C10 on a free registration), 409 `REGISTRATION_CANCELLED`.
 */
import {
  eventsFixtures,
  MOCK_EVENTS_IDS,
  type EventFixture,
  type EventPaymentMethodFixture,
  type EventsTenantFixture,
  type PresentationFixture,
  type SessionFixture,
} from '../fixtures/events.js';
import {assertValid, invalidPromotionCode, MockError, notFound, ok, route, type MockRoute} from '../route.js';
import {pageOf} from '../paging.js';
import {onReset, type MemberRecord, type TenantState} from '../state.js';
import {pick, t, type MockLocale, type Text} from '../text.js';
import {money} from '../money.js';
import {addDays, instantOf, isoAt, wallOf} from '../zoned-time.js';

type RegistrationStatus = 'pending' | 'confirmed' | 'paid' | 'cancelled';
type PaymentStatus = 'not_required' | 'pending' | 'paid' | 'failed';

interface IntentRecord {
  id: string;
  method: EventPaymentMethodFixture;
}

interface RegistrationRecord {
  id: string;
  eventId: string;
  sessionId: string;
  memberUuid: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  quantity: number;
  unitCents: number;
  /** Taken off `unitCents × quantity` by a promotion code (C9 `promotionCode`). */
  discountCents: number;
  status: RegistrationStatus;
  paymentStatus: PaymentStatus;
  guestToken: string | null;
  registeredAt: number;
  intent: IntentRecord | null;
}

interface SessionState {
  fixture: SessionFixture;
  start: number;
  end: number;
}

interface EventState {
  fixture: EventFixture;
  sessions: SessionState[];
  earlyBirdEndsAt: number | null;
}

interface TenantEvents {
  events: EventState[];
  registrations: RegistrationRecord[];
}

const DAY_MS = 24 * 3600_000;
const ACCESS_OPENS_MS = MOCK_EVENTS_IDS.accessOpensMinutesBefore * 60_000;
const INTENT_LIFETIME_MS = 30 * 60_000;
/** Registrations that hold their seats. */
const HOLDING: ReadonlySet<RegistrationStatus> = new Set(['pending', 'confirmed', 'paid']);

let states = new Map<string, TenantEvents>();
let counter = 1100;
let intentCounter = 5000;
/** See {@link random}. */
let randomState = 0x9e3779b9;
/** The order of the event list (C7); see {@link setEventOrder}. */
let eventOrder: EventOrder = 'upcoming-first';
onReset(() => {
  eventOrder = 'upcoming-first';
  randomState = 0x9e3779b9;
  states = new Map();
  counter = 1100;
  intentCounter = 5000;
});

// ---------------------------------------------------------------------------------------------
// Time in the tenant's zone

/** The instant of the wall clock `days` after `date` at `HH:MM` in the zone. */
function instantAt(date: string, days: number, time: string, timeZone: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return instantOf(addDays(date, days), hh * 60 + mm, timeZone);
}

// ---------------------------------------------------------------------------------------------
// State

function fixtureOf(tenant: TenantState): EventsTenantFixture {
  return eventsFixtures[tenant.id] ?? {events: [], seeds: [], paymentMethods: [], promotions: []};
}

function stateOf(tenant: TenantState, now: number): TenantEvents {
  let state = states.get(tenant.id);
  if (state) return state;
  const fixture = fixtureOf(tenant);
  const tz = tenant.info.timezone;
  const today = wallOf(now, tz).date;
  const events: EventState[] = fixture.events.map((event) => ({
    fixture: event,
    sessions: event.sessions.map((session) => ({
      fixture: session,
      start: instantAt(today, session.dayOffset, session.start, tz),
      end: instantAt(today, session.endDayOffset ?? session.dayOffset, session.end, tz),
    })),
    earlyBirdEndsAt: event.earlyBird ? instantAt(today, event.earlyBird.endsDayOffset, '23:59', tz) : null,
  }));
  const registrations: RegistrationRecord[] = fixture.seeds.map((seed) => {
    const registeredAt = now - seed.createdDaysAgo * DAY_MS;
    const paid = seed.status === 'paid';
    return {
      id: seed.id,
      eventId: seed.eventId,
      sessionId: seed.sessionId,
      memberUuid: seed.memberUuid,
      name: seed.name,
      email: seed.email,
      phone: seed.phone,
      quantity: seed.quantity,
      unitCents: seed.unitCents,
      discountCents: 0,
      status: seed.status,
      paymentStatus: seed.unitCents === 0 ? 'not_required' : paid ? 'paid' : 'pending',
      guestToken: seed.guestToken ?? null,
      registeredAt,
      intent: null,
    };
  });
  state = {events, registrations};
  states.set(tenant.id, state);
  return state;
}

/** By id or slug (C8's path and C9's `eventId` accept either). */
function findEvent(state: TenantEvents, ref: string): EventState | undefined {
  return state.events.find((event) => event.fixture.id === ref || event.fixture.slug === ref);
}

function seatsHeld(state: TenantEvents, sessionId: string): number {
  return state.registrations.filter((r) => r.sessionId === sessionId && HOLDING.has(r.status)).reduce((sum, r) => sum + r.quantity, 0);
}

/** Seats left in a session; null when it is unlimited. */
function remainingOf(state: TenantEvents, session: SessionState): number | null {
  const {capacity, taken} = session.fixture;
  return capacity === null ? null : Math.max(0, capacity - taken - seatsHeld(state, session.fixture.id));
}

function statusOf(event: EventState, now: number): 'upcoming' | 'ongoing' | 'past' | 'cancelled' {
  if (event.fixture.cancelled) return 'cancelled';
  if (event.sessions.every((s) => s.end <= now)) return 'past';
  if (event.sessions.some((s) => s.start <= now && now < s.end)) return 'ongoing';
  return 'upcoming';
}

interface Pricing {
  priceCents: number;
  discountedCents: number | null;
  source: 'regular' | 'discounted' | 'early_bird';
}

/** The effective ticket price: the lowest of regular, a running early bird and the member price. */
function pricingOf(event: EventState, member: MemberRecord | null, now: number): Pricing {
  const fixture = event.fixture;
  let pricing: Pricing = {priceCents: fixture.priceCents, discountedCents: null, source: 'regular'};
  if (fixture.earlyBird && event.earlyBirdEndsAt !== null && now < event.earlyBirdEndsAt && fixture.earlyBird.priceCents < pricing.priceCents) {
    pricing = {priceCents: fixture.earlyBird.priceCents, discountedCents: null, source: 'early_bird'};
  }
  if (member && fixture.memberPriceCents !== undefined && fixture.memberPriceCents < pricing.priceCents) {
    pricing = {priceCents: fixture.memberPriceCents, discountedCents: fixture.memberPriceCents, source: 'discounted'};
  }
  return pricing;
}

// ---------------------------------------------------------------------------------------------
// JSON

function presentationJson(presentation: PresentationFixture, locale: MockLocale) {
  const text = (value: Text) => pick(value, locale) ?? '';
  return {
    overview: presentation.overview.map(text),
    highlights: presentation.highlights.map((h) => ({title: text(h.title), description: text(h.description)})),
    agenda: presentation.agenda.map((a) => ({time: typeof a.time === 'string' ? a.time : text(a.time), title: text(a.title), description: text(a.description)})),
    audience: presentation.audience.map(text),
    facilitator: {name: text(presentation.facilitator.name), role: text(presentation.facilitator.role), bio: text(presentation.facilitator.bio)},
    practical: {
      transit: text(presentation.practical.transit),
      accessibility: text(presentation.practical.accessibility),
      language: text(presentation.practical.language),
      capacity: text(presentation.practical.capacity),
      preparation: text(presentation.practical.preparation),
    },
    includes: presentation.includes.map(text),
    policy: text(presentation.policy),
    faq: presentation.faq.map((f) => ({question: text(f.question), answer: text(f.answer)})),
  };
}

function sessionJson(tenant: TenantState, state: TenantEvents, event: EventState, session: SessionState, now: number) {
  const tz = tenant.info.timezone;
  const remaining = remainingOf(state, session);
  const isExpired = session.end <= now;
  const isFull = remaining === 0;
  return {
    id: session.fixture.id,
    startTime: isoAt(session.start, tz),
    endTime: isoAt(session.end, tz),
    allDay: session.fixture.allDay ?? false,
    remainingQuota: remaining,
    isExpired,
    isFull,
    available: !event.fixture.cancelled && !isExpired && !isFull,
  };
}

function eventJson(tenant: TenantState, state: TenantEvents, event: EventState, member: MemberRecord | null, locale: MockLocale, now: number, detail: boolean) {
  const fixture = event.fixture;
  const tz = tenant.info.timezone;
  const pricing = pricingOf(event, member, now);
  const registered = member
    ? state.registrations.some((r) => r.memberUuid === member.uuid && r.eventId === fixture.id && HOLDING.has(r.status))
    : false;
  return {
    id: fixture.id,
    slug: fixture.slug,
    title: pick(fixture.title, locale),
    introduction: pick(fixture.introduction, locale),
    content: pick(fixture.content, locale),
    ...(detail ? {publicPresentation: presentationJson(fixture.presentation, locale)} : {}),
    price: money(pricing.priceCents),
    regularPrice: money(fixture.priceCents),
    discountedPrice: pricing.discountedCents === null ? null : money(pricing.discountedCents),
    earlyBirdPrice: fixture.earlyBird ? money(fixture.earlyBird.priceCents) : null,
    earlyBirdEndsAt: event.earlyBirdEndsAt === null ? null : isoAt(event.earlyBirdEndsAt, tz),
    pricingSource: pricing.source,
    currency: tenant.info.currency,
    status: statusOf(event, now),
    venue: pick(fixture.venue, locale),
    venueAddress: pick(fixture.venueAddress, locale),
    image: fixture.image,
    quota: fixture.sessions[0]?.capacity ?? null,
    showRemainingQuota: fixture.showRemainingQuota,
    maxTicketsPerOrder: fixture.maxTicketsPerOrder,
    maxTicketsPerMember: fixture.maxTicketsPerMember,
    deliveryMode: fixture.deliveryMode,
    dates: event.sessions.map((session) => sessionJson(tenant, state, event, session, now)),
    registered,
  };
}

/** What the registration costs: the tickets less a promotion code's discount. */
function totalOf(registration: RegistrationRecord): number {
  return Math.max(registration.unitCents * registration.quantity - registration.discountCents, 0);
}

function registrationJson(tenant: TenantState, state: TenantEvents, registration: RegistrationRecord, locale: MockLocale) {
  const event = findEvent(state, registration.eventId)!;
  const totalCents = totalOf(registration);
  return {
    id: registration.id,
    eventSlug: event.fixture.slug,
    eventTitle: pick(event.fixture.title, locale),
    status: registration.status,
    registeredAt: new Date(registration.registeredAt).toISOString(),
    totalAmount: money(totalCents),
    currency: tenant.info.currency,
    paymentRequired: totalCents > 0,
    ...(registration.guestToken ? {guestRegistrationToken: registration.guestToken} : {}),
    eventId: registration.eventId,
    sessionId: registration.sessionId,
    quantity: registration.quantity,
  };
}

/**
 * How the event list (C7) is ordered: `upcoming-first` (the default, below), or `chronological` (by
 * first session, so the past events come first, as a server sorting by date does). Undone by reset.
 */
export type EventOrder = 'upcoming-first' | 'chronological';

export function setEventOrder(order: EventOrder): void {
  eventOrder = order;
}

const firstStart = (event: EventState) => Math.min(...event.sessions.map((s) => s.start));

/** Upcoming and ongoing (and cancelled future) events first by their next session; then past ones, latest first. */
function listOrder(now: number) {
  const key = (event: EventState) => {
    const past = event.sessions.every((s) => s.end <= now);
    const next = event.sessions.find((s) => s.end > now);
    return past ? {group: 1, time: -Math.max(...event.sessions.map((s) => s.end))} : {group: 0, time: next!.start};
  };
  return (a: EventState, b: EventState) => {
    const ka = key(a);
    const kb = key(b);
    return ka.group - kb.group || ka.time - kb.time;
  };
}

// ---------------------------------------------------------------------------------------------
// Access (C11)

const code = (registration: RegistrationRecord) => `EV-${registration.id.replace(/^evr_/, '').replace(/_/g, '-').toUpperCase()}`;

function fill(text: Text, locale: MockLocale, values: Record<string, string>): string {
  return (pick(text, locale) ?? '').replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

const INSTRUCTIONS = {
  venue: t(
    'Show check-in code {code} at the door of {venue}, {address}. Doors open 15 minutes before the start.',
    '請於{venue}（{address}）入口出示報到編號 {code}。活動開始前15分鐘開門。',
  ),
  joinSoon: t('Your join link appears here 30 minutes before the start. Your ticket code is {code}.', '加入連結會於開始前30分鐘在此顯示。你的門票編號為 {code}。'),
  join: t('Join with the button below. Your ticket code is {code}.', '請按下方按鈕加入。你的門票編號為 {code}。'),
  ended: t('This event has ended. Thank you for joining.', '活動已經結束，多謝參與。'),
  pending: t('Complete the payment to confirm your place.', '完成付款後即確認你的名額。'),
  failed: t('The payment did not go through, so this registration was cancelled. Please register again.', '付款未能完成，此登記已取消。請重新登記。'),
  cancelled: t('This registration has been cancelled.', '此登記已取消。'),
  eventCancelled: t('The organiser has cancelled this event.', '主辦單位已取消此活動。'),
};

function accessJson(tenant: TenantState, state: TenantEvents, registration: RegistrationRecord, locale: MockLocale, now: number) {
  const event = findEvent(state, registration.eventId)!;
  const fixture = event.fixture;
  const session = event.sessions.find((s) => s.fixture.id === registration.sessionId)!;
  const tz = tenant.info.timezone;
  const values = {code: code(registration), venue: pick(fixture.venue, locale) ?? '', address: pick(fixture.venueAddress, locale) ?? ''};
  const base = {
    registrationId: registration.id,
    eventTitle: pick(fixture.title, locale),
    deliveryMode: fixture.deliveryMode,
    registrationStatus: registration.status,
    paymentStatus: registration.paymentStatus,
  };
  const denied = (reason: string, instructions: Text, availableAt: number | null = null) => ({
    ...base,
    canAccess: false,
    accessUrl: null,
    accessInstructions: fill(instructions, locale, values),
    availableAt: availableAt === null ? null : isoAt(availableAt, tz),
    reason,
  });

  if (registration.status === 'cancelled') return denied('cancelled', registration.paymentStatus === 'failed' ? INSTRUCTIONS.failed : INSTRUCTIONS.cancelled);
  if (registration.status === 'pending') return denied('payment_pending', INSTRUCTIONS.pending);
  if (fixture.cancelled) return denied('cancelled', INSTRUCTIONS.eventCancelled);
  if (fixture.deliveryMode === 'in_person' || !fixture.onlineUrl) return denied('in_person_only', INSTRUCTIONS.venue);
  const opensAt = session.start - ACCESS_OPENS_MS;
  if (now >= session.end) return denied('event_ended', INSTRUCTIONS.ended, opensAt);
  // Hybrid attendees may come in person too: they also get the venue and check-in code.
  const withVenue = (line: string) => (fixture.deliveryMode === 'hybrid' ? `${line} ${fill(INSTRUCTIONS.venue, locale, values)}` : line);
  if (now < opensAt) return {...denied('not_yet_available', INSTRUCTIONS.joinSoon, opensAt), accessInstructions: withVenue(fill(INSTRUCTIONS.joinSoon, locale, values))};
  return {
    ...base,
    canAccess: true,
    accessUrl: `${fixture.onlineUrl}?ticket=${encodeURIComponent(values.code)}`,
    accessInstructions: withVenue(fill(INSTRUCTIONS.join, locale, values)),
    availableAt: isoAt(opensAt, tz),
    reason: null,
  };
}

/** The first access check after a payment intent settles the hosted payment. */
function settle(registration: RegistrationRecord): void {
  if (registration.status !== 'pending' || !registration.intent) return;
  if (registration.intent.method.declines) {
    registration.status = 'cancelled';
    registration.paymentStatus = 'failed';
  } else {
    registration.status = 'paid';
    registration.paymentStatus = 'paid';
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const PHONE = /^\+[1-9]\d{7,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * Unguessable-looking ids and tokens, as the API gives, from a generator that starts afresh with
 * the mock's state: the same steps give the same registration every time (tests, screenshots).
 */
const random = (length: number) => {
  let out = '';
  while (out.length < length) {
    randomState = (Math.imul(randomState ^ (randomState >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out += randomState.toString(36);
  }
  return out.slice(0, length);
};

/** `quantity` as a whole number ≥ 1 (absent = 1), or undefined when it is not one. */
function quantityOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return 1;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** A registration the caller may see: a member's only with that member's token; a guest's by id. */
function visibleRegistration(state: TenantEvents, id: string, member: MemberRecord | null): RegistrationRecord {
  const registration = state.registrations.find((r) => r.id === id);
  if (!registration || (registration.memberUuid !== null && registration.memberUuid !== member?.uuid)) {
    throw notFound(`No registration ${id}`);
  }
  return registration;
}

/** The caller's return URL with the mock marker (earlier markers replaced), before any fragment. */
function mockPaymentUrl(returnUrl: string, registrationId: string, declines: boolean): string {
  const hashAt = returnUrl.indexOf('#');
  const head = hashAt >= 0 ? returnUrl.slice(0, hashAt) : returnUrl;
  const hash = hashAt >= 0 ? returnUrl.slice(hashAt) : '';
  const queryAt = head.indexOf('?');
  const path = queryAt >= 0 ? head.slice(0, queryAt) : head;
  const kept = (queryAt >= 0 ? head.slice(queryAt + 1) : '')
    .split('&')
    .filter((pair) => pair && !['fav_mock_payment', 'registration'].includes(decodeURIComponent(pair.split('=')[0]!)));
  kept.push(`${MOCK_EVENTS_IDS.paymentMarker}=${declines ? 'failed' : 'success'}`, `registration=${encodeURIComponent(registrationId)}`);
  return `${path}?${kept.join('&')}${hash}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Routes

export const eventsRoutes: MockRoute[] = [
  route('listEvents', ({tenant, member, query, locale, now}) => {
    const state = stateOf(tenant, now);
    const search = (query.search ?? '').trim().toLowerCase();
    const matches = (value: Text | null) => Boolean(value && (value.en.toLowerCase().includes(search) || value.zh.toLowerCase().includes(search)));
    const events = state.events
      .filter((event) => !search || matches(event.fixture.title) || matches(event.fixture.venue))
      .sort(eventOrder === 'chronological' ? (a, b) => firstStart(a) - firstStart(b) : listOrder(now));
    return ok(pageOf(events.map((event) => eventJson(tenant, state, event, member, locale, now, false)), query));
  }),

  route('getEvent', ({tenant, member, params, locale, now}) => {
    const state = stateOf(tenant, now);
    const event = findEvent(state, params.slug!);
    if (!event) throw notFound(`No event ${params.slug}`);
    return ok(eventJson(tenant, state, event, member, locale, now, true));
  }),

  route('registerForEvent', ({tenant, member, body, locale, now}) => {
    const state = stateOf(tenant, now);
    const eventRef = text(body.eventId) || text(body.eventSlug);
    const event = eventRef ? findEvent(state, eventRef) : undefined;
    if (eventRef && !event) throw notFound(`No event ${eventRef}`);

    const name = text(body.name) || text(body.guestName);
    const email = text(body.email) || member?.email || '';
    const phone = (text(body.phone) || member?.phone || '').replace(/[\s\-()]/g, '');
    const quantity = quantityOf(body.quantity);
    const sessionRef = text(body.sessionId);
    const sessions = event?.sessions ?? [];
    const session = sessionRef ? sessions.find((s) => s.fixture.id === sessionRef) : sessions.length === 1 ? sessions[0] : undefined;
    const noContact = !email && !phone ? 'Give an email address or a phone number' : undefined;
    assertValid({
      eventId: eventRef ? undefined : 'Required',
      name: !name ? 'Required' : name.length > 100 ? 'Use at most 100 characters' : undefined,
      email: noContact ?? (email && !EMAIL.test(email) ? 'Enter a valid email address' : undefined),
      phone: noContact ?? (phone && !PHONE.test(phone) ? 'Enter the phone number in international format, e.g. +85291234567' : undefined),
      quantity: quantity === undefined ? 'Enter a whole number of at least 1' : undefined,
      sessionId: event && !session ? (sessionRef ? 'Unknown session for this event' : 'Choose a session') : undefined,
    });
    const fixture = event!.fixture;
    const count = quantity!;

    if (fixture.cancelled) throw new MockError(409, 'EVENT_NOT_AVAILABLE', 'This event has been cancelled', {reason: 'cancelled'});
    if (session!.end <= now) throw new MockError(409, 'EVENT_NOT_AVAILABLE', 'This session has ended', {reason: 'ended', sessionId: session!.fixture.id});
    if (count > fixture.maxTicketsPerOrder) {
      throw new MockError(422, 'QUANTITY_LIMIT_EXCEEDED', `At most ${fixture.maxTicketsPerOrder} per registration`, {
        field: 'quantity',
        maxTicketsPerOrder: fixture.maxTicketsPerOrder,
      });
    }
    const mine = member ? state.registrations.filter((r) => r.memberUuid === member.uuid && r.eventId === fixture.id && HOLDING.has(r.status)) : [];
    const same = mine.find((r) => r.sessionId === session!.fixture.id);
    if (same) {
      throw new MockError(409, 'ALREADY_REGISTERED', 'You are already registered for this session', {registrationId: same.id, status: same.status});
    }
    const held = mine.reduce((sum, r) => sum + r.quantity, 0);
    if (fixture.maxTicketsPerMember !== null && held + count > fixture.maxTicketsPerMember) {
      throw new MockError(422, 'QUANTITY_LIMIT_EXCEEDED', `At most ${fixture.maxTicketsPerMember} per person for this event`, {
        field: 'quantity',
        maxTicketsPerMember: fixture.maxTicketsPerMember,
        alreadyHeld: held,
      });
    }
    const remaining = remainingOf(state, session!);
    if (remaining !== null && count > remaining) {
      throw new MockError(409, 'EVENT_FULL', remaining === 0 ? 'This session is sold out' : `Only ${remaining} left`, {
        remaining,
        sessionId: session!.fixture.id,
      });
    }

    const promotionCode = text(body.promotionCode);
    const promotion = promotionCode ? fixtureOf(tenant).promotions.find((p) => p.code.toLowerCase() === promotionCode.toLowerCase()) : undefined;
    if (promotionCode && !promotion) throw invalidPromotionCode();

    const unitCents = pricingOf(event!, member, now).priceCents;
    const free = unitCents === 0;
    const registration: RegistrationRecord = {
      id: `evr_${counter++}_${random(6)}`,
      eventId: fixture.id,
      sessionId: session!.fixture.id,
      memberUuid: member?.uuid ?? null,
      name,
      email: email || null,
      phone: phone || null,
      quantity: count,
      unitCents,
      discountCents: promotion ? Math.round((unitCents * count * promotion.percentOff) / 100) : 0,
      status: free ? 'confirmed' : 'pending',
      paymentStatus: free ? 'not_required' : 'pending',
      guestToken: member ? null : `egt_${random(16)}`,
      registeredAt: now,
      intent: null,
    };
    state.registrations.push(registration);
    return ok(registrationJson(tenant, state, registration, locale), 201);
  }),

  route('createEventPaymentIntent', ({tenant, member, params, body, locale, now}) => {
    const state = stateOf(tenant, now);
    const registration = visibleRegistration(state, params.id!, member);
    if (registration.status === 'cancelled') {
      throw new MockError(409, 'REGISTRATION_CANCELLED', 'This registration has been cancelled', {paymentStatus: registration.paymentStatus});
    }
    if (registration.unitCents === 0) throw new MockError(400, 'PAYMENT_NOT_REQUIRED', 'This registration needs no payment');
    if (registration.status === 'paid') throw new MockError(409, 'ALREADY_PAID', 'This registration has already been paid');

    const methods = fixtureOf(tenant).paymentMethods;
    const methodId = text(body.paymentMethodId);
    const method = methodId ? methods.find((m) => m.id === methodId) : methods[0];
    const returnUrl = text(body.returnUrl);
    assertValid({
      paymentMethodId: method ? undefined : 'Unknown payment method',
      returnUrl: !returnUrl ? 'Required: the page the payment returns to' : isHttpUrl(returnUrl) ? undefined : 'Give an absolute http(s) URL',
    });

    intentCounter += 1;
    registration.intent = {id: `pi_mock_${intentCounter}`, method: method!};
    return ok(
      {
        paymentIntentId: registration.intent.id,
        paymentUrl: mockPaymentUrl(returnUrl, registration.id, Boolean(method!.declines)),
        mode: 'gateway',
        status: 'requires_payment',
        paymentInstructions: null,
        paymentMethodName: pick(method!.name, locale),
        transactionId: `txn_mock_${intentCounter}`,
        amount: money(totalOf(registration)),
        currency: tenant.info.currency,
        expiresAt: isoAt(now + INTENT_LIFETIME_MS, tenant.info.timezone),
      },
      201,
    );
  }),

  route('checkEventAccess', ({tenant, member, params, locale, now}) => {
    const state = stateOf(tenant, now);
    const registration = visibleRegistration(state, params.id!, member);
    settle(registration);
    return ok(accessJson(tenant, state, registration, locale, now));
  }),
];

export {MOCK_EVENTS_IDS};
