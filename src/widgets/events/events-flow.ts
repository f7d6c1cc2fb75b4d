import {isFavApiError} from '../../api/errors.js';
import {getEvent, listEvents} from '../../api/events.js';
import type {Event, EventDate, EventRegistration} from '../../api/schemas/events.js';
import type {ListResult} from '../../api/schemas/parse.js';
import type {MemberSession} from '../../context/session-store.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import type {PrefillHost} from '../shared/prefill.js';
import type {PromotionHost} from '../shared/promotion-code.js';
import type {UpcomingPages} from './events-upcoming.js';

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

/** The element as the flow sees it: the client, its abort signal, and its prefill and promotion code attributes (README "Prefill"). */
export interface EventsElement extends FlowElement, PrefillHost, PromotionHost {}

/** What the flow asks of the element. */
export interface EventsHooks extends FlowHooks {
  /** The signed-in member, or null. */
  member(): MemberSession | null;
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
 * typed, the step and the last error. A failure never clears a typed value. The checkout
 * (registering, paying, the access check, and what they return) is `EventsCheckout` in
 * events-checkout.ts, loaded with the later steps; it moves the flow through the methods below.
 */
export class EventsFlow extends FlowState<EventsElement, EventsHooks, EventsFlow> {
  step: EventsStep = 'loading';
  notice: EventsNotice;

  search = '';
  page = 1;
  events?: ListResult<Event>;
  preset: EventsPreset = {};
  /** With `hide-past`: the pages of events that have not ended, once their module is here. */
  private upcoming?: UpcomingPages;
  /** The list came in another language: it is read again when shown. */
  private stale = false;

  event?: Event;
  /** What the visitor chose and typed on the form (its checks are the checkout's). */
  attendee: Attendee = {name: '', email: '', phone: '', quantity: 1, sessionId: ''};

  get asMember(): boolean {
    return Boolean(this.hooks.member());
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
    const client = this.element.client;
    if (!client) return;
    const forward = page === this.page + 1 && search === this.search;
    const limit = this.preset.pageSize ?? PAGE_SIZE;
    this.set({step: this.events ? 'list' : 'loading', busy: true, error: undefined, notice: undefined, page, search});
    const member = this.hooks.member();
    try {
      if (this.preset.hidePast) {
        this.upcoming ??= new (await import('./events-upcoming.js')).UpcomingPages();
        const events = await this.upcoming.page(client, this.signal, page, search, limit, forward, isPast);
        page = events.pagination!.page;
        this.set({events, page, step: 'list', busy: false});
      } else {
        const events = await listEvents(client, {search: search || undefined, page, limit}, {signal: this.signal});
        this.set({events, step: 'list', busy: false});
      }
      if (this.hooks.member()?.accessToken !== member?.accessToken) await this.loadList(page, search);
    } catch (error) {
      this.fail(error, this.events ? 'list' : 'unavailable');
    }
  }

  /** Opens an event (by slug, or a list item): its detail with sessions, venue and programme. */
  async openEvent(slugOrEvent: string | Event): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    const slug = typeof slugOrEvent === 'string' ? slugOrEvent : slugOrEvent.slug || String(slugOrEvent.id);
    this.set({step: 'loading', busy: true, error: undefined, notice: undefined});
    const member = this.hooks.member();
    try {
      const event = await getEvent(client, slug, {signal: this.signal});
      const same = this.event && String(this.event.id) === String(event.id);
      const dates = bookableDates(event);
      const kept = same && dates.some((date) => String(date.id) === this.attendee.sessionId);
      this.set({
        event,
        step: 'detail',
        busy: false,
        attendee: {...this.attendee, sessionId: kept ? this.attendee.sessionId : dates.length ? String(dates[0]!.id) : ''},
      });
      // Signed in or out meanwhile: prices and limits depend on the member.
      if (this.hooks.member()?.accessToken !== member?.accessToken) await this.refreshEvent();
    } catch (error) {
      this.fail(error, 'unavailable');
    }
  }

  /** Fresh seats and prices for the open event (after a sign-in or a sold-out answer); keeps the step. */
  async refreshEvent(): Promise<void> {
    const client = this.element.client;
    const current = this.event;
    if (!client || !current) return;
    try {
      const event = await getEvent(client, current.slug || String(current.id), {signal: this.signal, fresh: true});
      this.set({event});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) this.failed(error);
    }
  }

  /** The locale changed: the list or the open event again in its language (the list off screen, when shown); the step and what was typed stay. */
  reread(): void {
    this.stale = this.step !== 'list';
    if (this.stale) void this.refreshEvent();
    else void this.loadList();
  }

  /** Back on the page from the payment: the event of the registration, with its session chosen. */
  registeredEvent(event: Event, registration: EventRegistration): void {
    const sessionId = registration.sessionId;
    this.set({event, attendee: {...this.attendee, sessionId: sessionId === null ? this.attendee.sessionId : String(sessionId)}});
  }

  /** The visitor chose a session or a number of tickets, or the form's values were checked (phone in E.164). */
  attendeeEntered(values: Partial<Attendee>): void {
    this.set({attendee: {...this.attendee, ...values}});
  }

  /** The visitor typed in a field; the input already shows it, so nothing re-renders. */
  typed(field: 'name' | 'email' | 'phone', value: string): void {
    this.attendee = {...this.attendee, [field]: value};
  }

  /** A message beside the step (or none), in place of an error. */
  notify(notice: EventsNotice): void {
    this.set({notice, error: undefined});
  }

  /** The member signed in again: the "session expired" message goes. */
  sessionResumed(): void {
    if (this.notice === 'session-expired') this.notify(undefined);
  }

  /** From the detail to the form (which shows the prefill, README "Prefill"). */
  toRegister(): void {
    if (this.event && bookableDates(this.event).length) this.to('register');
  }

  /** From the form back to the event (the checkout clears the form's messages; what was typed stays). */
  back(): void {
    this.to('detail');
  }

  /** To the payment of the registration ("Pay now" on a pending status). */
  toPayment(): void {
    this.to('payment');
  }

  /** To the registration's status, nothing in flight; with the failure of the access check, if it failed. */
  toStatus(error?: unknown): void {
    this.set({step: 'status', busy: false, ...(error === undefined ? {} : {error})});
  }

  /** To the list ("All events"), loading it if it was never shown. */
  toList(): void {
    if (this.events && !this.stale) this.to('list');
    else void this.loadList(this.events ? this.page : 1);
    this.stale = false;
  }

  /** To a step, without the last step's error or message. */
  private to(step: EventsStep): void {
    this.set({step, error: undefined, notice: undefined});
  }

  private fail(error: unknown, step: EventsStep): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.failed(error);
    this.set({busy: false, step, error});
  }
}
