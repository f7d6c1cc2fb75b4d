import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FavClient} from '../../api/client.js';
import {isFavApiError} from '../../api/errors.js';
import {getEvent, listEvents} from '../../api/events.js';
import type {Event, EventAccess, EventDate, EventRegistration, PaymentIntent} from '../../api/schemas/events.js';
import type {ListResult} from '../../api/schemas/parse.js';
import type {MemberSession} from '../../context/session-store.js';
import type {CreateCall} from '../shared/create-call.js';
import type {Polling} from '../shared/poll.js';
import type {PrefillHost} from '../shared/prefill.js';

/** The steps of `<fav-events>`. */
export type EventsStep = 'loading' | 'list' | 'detail' | 'register' | 'payment' | 'status' | 'unavailable';

/** Why a step shows a message beside its content (not an error with "Try again"). */
export type EventsNotice =
  | 'sold-out'
  | 'already-registered'
  | 'closed'
  | 'session-expired'
  | 'vetoed'
  | 'unsafe-url'
  | 'payment-unavailable'
  | 'registration-cancelled'
  | undefined;

/** What the registration form holds; nothing here is cleared by a failure. */
export interface Attendee {
  name: string;
  email: string;
  /** As typed; E.164 once validated. */
  phone: string;
  quantity: number;
  /** The chosen session (EventDate id), as a string. */
  sessionId: string;
}

export type AttendeeField = 'name' | 'email' | 'phone' | 'quantity' | 'sessionId';

/** How a registration stands after the access check (C11). */
export type RegistrationOutcome = 'confirmed' | 'pending' | 'failed' | 'cancelled';

/** The return from the hosted payment page: which registration, and what was found. */
export interface ReturnState {
  registrationId: string;
  /** `missing`: unknown, not this visitor's, or no access from this browser; nothing is shown. */
  state: 'checking' | 'missing' | 'session-expired' | 'done';
  /** The polling ended with the payment still pending. */
  gaveUp: boolean;
}

/** What is kept in sessionStorage per registration (guests' token for C10/C11; never a member session). */
export interface StoredRegistration {
  registration: EventRegistration;
  eventSlug: string;
  /** The guestRegistrationToken, for guests. */
  token?: string;
}

export interface EventsFlowHost extends ReactiveControllerHost, PrefillHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
  readonly signedInMember: MemberSession | null;
  /** The tenant id, for the sessionStorage key. */
  readonly tenantKey: string;
  failed(error: unknown): void;
}

export interface EventsPreset {
  slug?: string;
  hidePast?: boolean;
  /** Events per page of the list (1–100). */
  pageSize?: number;
}

export const PAGE_SIZE = 10;
/** sessionStorage key prefix of registrations kept across the payment redirect. */
export const STORAGE_PREFIX = 'fav-events.registration';
/** The query parameter this widget adds to the payment `returnUrl`. */
export const RETURN_MARKER = 'fav_event_registration';

const time = (value: string | null | undefined) => (value ? Date.parse(value) : NaN);

/** A session can be registered for: it has an id, is available, not full, not over. */
export function isBookable(date: EventDate, now = Date.now()): boolean {
  if (date.id === null || date.available === false || date.isExpired || date.isFull || date.remainingQuota === 0) return false;
  const end = time(date.endTime ?? date.startTime);
  return !Number.isFinite(end) || end > now;
}

export function bookableDates(event: Event, now = Date.now()): EventDate[] {
  if (event.status === 'cancelled' || event.status === 'past') return [];
  return event.dates.filter((date) => isBookable(date, now));
}

/** The next session that has not ended, else the last one. */
export function nextDate(event: Event, now = Date.now()): EventDate | undefined {
  const sorted = [...event.dates].sort((a, b) => time(a.startTime) - time(b.startTime));
  return sorted.find((date) => !(time(date.endTime ?? date.startTime) <= now)) ?? sorted[sorted.length - 1];
}

/** The event is over: marked past, or every session has ended. */
export function isPast(event: Event, now = Date.now()): boolean {
  if (event.status === 'past') return true;
  return event.dates.length > 0 && event.dates.every((date) => time(date.endTime ?? date.startTime) <= now);
}

/** Upcoming and ongoing first (soonest first), then the past ones (latest first). */
export function upcomingFirst(events: readonly Event[], now = Date.now()): Event[] {
  const key = (event: Event) => {
    const start = time(nextDate(event, now)?.startTime);
    return isPast(event, now) ? [1, -(Number.isFinite(start) ? start : 0)] : [0, Number.isFinite(start) ? start : Infinity];
  };
  return events
    .map((event, index) => ({event, index, key: key(event)}))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.index - b.index)
    .map(({event}) => event);
}

/** Seats left over the bookable sessions, when the API says. */
export function seatsLeft(event: Event, now = Date.now()): number | null {
  const dates = bookableDates(event, now);
  const known = dates.map((date) => date.remainingQuota).filter((n): n is number => typeof n === 'number' && n > 0);
  return known.length && known.length === dates.length ? known.reduce((sum, n) => sum + n, 0) : null;
}

/** The most tickets one order may take for a session: the order limit, capped by the seats left. */
export function maxQuantity(event: Event, date: EventDate | undefined, member: boolean): number {
  let max = event.maxTicketsPerOrder > 0 ? event.maxTicketsPerOrder : 10;
  if (date?.remainingQuota && date.remainingQuota > 0) max = Math.min(max, date.remainingQuota);
  if (member && event.maxTicketsPerMember && event.maxTicketsPerMember > 0) max = Math.min(max, event.maxTicketsPerMember);
  return Math.max(1, max);
}

/**
 * The flow of `<fav-events>` apart from its rendering: the list, the open event, what the visitor
 * typed, the registration and its payment, and the last error. A failure never clears a typed value.
 * Registering, paying and the return check live in events-checkout.ts (loaded with the later steps).
 */
export class EventsFlow implements ReactiveController {
  step: EventsStep = 'loading';
  busy = false;
  error?: unknown;
  notice: EventsNotice;

  search = '';
  page = 1;
  events?: ListResult<Event>;
  preset: EventsPreset = {};

  event?: Event;
  attendee: Attendee = {name: '', email: '', phone: '', quantity: 1, sessionId: ''};
  fieldErrors: Partial<Record<AttendeeField, string>> = {};
  /** A number the server allowed at most, from a 422 (quantity over a limit). */
  limit?: number;
  phonePrefix = '';

  registration?: EventRegistration;
  /** @internal Makes the registration, with its Idempotency-Key (created by the later steps, which register). */
  registrationCall?: CreateCall;
  paymentMethodId = '';
  /** @internal Makes the payment intent, with its Idempotency-Key (created by the later steps, which pay). */
  paymentCall?: CreateCall;
  intent?: PaymentIntent;

  access?: EventAccess;
  outcome?: RegistrationOutcome;
  returning?: ReturnState;
  /** @internal This widget's reads of the registration's access (created by the later steps, which poll). */
  accessPolling?: Polling;

  constructor(readonly host: EventsFlowHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.busy = false;
  }

  /** @internal Applies state and re-renders. */
  update(patch: Partial<EventsFlow>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  get asMember(): boolean {
    return Boolean(this.host.signedInMember);
  }

  /** The chosen session of the open event. */
  get session(): EventDate | undefined {
    return this.event?.dates.find((date) => String(date.id) === this.attendee.sessionId);
  }

  start(preset: EventsPreset): Promise<void> {
    this.preset = preset;
    return preset.slug ? this.openEvent(preset.slug) : this.loadList(1);
  }

  async loadList(page = this.page, search = this.search): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.update({step: this.events ? 'list' : 'loading', busy: true, error: undefined, notice: undefined, page, search});
    const member = this.host.signedInMember;
    try {
      const events = await listEvents(client, {search: search || undefined, page, limit: this.preset.pageSize ?? PAGE_SIZE}, {signal: this.host.signal});
      this.update({events, step: 'list', busy: false});
      if (this.host.signedInMember?.accessToken !== member?.accessToken) await this.loadList(page, search);
    } catch (error) {
      this.fail(error, this.events ? 'list' : 'unavailable');
    }
  }

  /** Opens an event (by slug, or a list item): its detail with sessions, venue and programme. */
  async openEvent(slugOrEvent: string | Event): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    const slug = typeof slugOrEvent === 'string' ? slugOrEvent : slugOrEvent.slug || String(slugOrEvent.id);
    this.update({step: 'loading', busy: true, error: undefined, notice: undefined});
    const member = this.host.signedInMember;
    try {
      const event = await getEvent(client, slug, {signal: this.host.signal});
      const same = this.event && String(this.event.id) === String(event.id);
      const dates = bookableDates(event);
      const kept = same && dates.some((date) => String(date.id) === this.attendee.sessionId);
      this.update({
        event,
        step: 'detail',
        busy: false,
        attendee: {...this.attendee, sessionId: kept ? this.attendee.sessionId : dates.length ? String(dates[0]!.id) : ''},
      });
      // Signed in or out meanwhile: prices and limits depend on the member.
      if (this.host.signedInMember?.accessToken !== member?.accessToken) await this.refreshEvent();
    } catch (error) {
      this.fail(error, 'unavailable');
    }
  }

  /** Fresh seats and prices for the open event (after a sign-in or a sold-out answer); keeps the step. */
  async refreshEvent(): Promise<void> {
    const client = this.host.client;
    const current = this.event;
    if (!client || !current) return;
    try {
      const event = await getEvent(client, current.slug || String(current.id), {signal: this.host.signal, fresh: true});
      this.update({event});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) this.host.failed(error);
    }
  }

  chooseSession(id: string): void {
    this.update({attendee: {...this.attendee, sessionId: id}, fieldErrors: {...this.fieldErrors, sessionId: undefined}});
  }

  /** From the detail to the form (which shows the prefill, README "Prefill"). */
  toRegister(): void {
    if (!this.event || !bookableDates(this.event).length) return;
    this.update({step: 'register', error: undefined, notice: undefined});
  }

  back(): void {
    if (this.step === 'detail' || (this.step === 'unavailable' && this.event === undefined && this.preset.slug)) {
      if (this.events) this.update({step: 'list', error: undefined, notice: undefined});
      else void this.loadList(1);
      return;
    }
    if (this.step === 'register') this.update({step: 'detail', error: undefined, notice: undefined, fieldErrors: {}});
  }

  /** @internal */
  fail(error: unknown, step: EventsStep): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.host.failed(error);
    this.update({busy: false, step, error});
  }
}
