import {getBooking, listBookings} from '../../api/bookings.js';
import {isFavApiError} from '../../api/errors.js';
import type {Occurrence} from '../../api/occurrence.js';
import type {Service} from '../../api/schemas/booking.js';
import type {Booking, BookingDetail} from '../../api/schemas/bookings.js';
import type {ListResult} from '../../api/schemas/parse.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import type {BookingChanges} from './my-bookings-changes.js';

/** The steps of `<fav-my-bookings>` for a signed-in member. */
export type MyBookingsStep = 'list' | 'detail' | 'cancel' | 'reschedule';

/** The two lists: bookings still to come, and everything else (done, cancelled, missed). */
export type MyBookingsTab = 'upcoming' | 'past';

export interface BookingList {
  result?: ListResult<Booking>;
  page: number;
  busy: boolean;
  error?: unknown;
  /** Something changed since it loaded (a cancel, a reschedule, a new booking): load again when shown. */
  stale: boolean;
}

/** What the flow asks of `<fav-my-bookings>`: the session, the page size, the tenant's zone and the page's events. */
export interface MyBookingsHooks extends FlowHooks {
  /** True while a member is signed in. */
  signedIn(): boolean;
  /** Bookings per list page (1–100). */
  listLimit(): number;
  /** The tenant's time zone from the environment, when known. */
  tenantTimezone(): string | undefined;
  /** Fires the cancelable `fav-before-booking-cancel`; false when the page stopped it. */
  beforeCancel(booking: BookingDetail, reason: string | undefined): boolean;
  /** Fires the cancelable `fav-before-booking-reschedule`; false when the page stopped it. */
  beforeReschedule(booking: BookingDetail, previous: Occurrence | undefined, next: Occurrence): boolean;
  bookingCancelled(booking: BookingDetail, reason: string | undefined): void;
  bookingRescheduled(booking: BookingDetail, previous: Occurrence, next: Occurrence): void;
}

const emptyList = (): BookingList => ({page: 1, busy: false, stale: false});

/** `HH:MM` of a wall-clock time or of a date-time as sent (its own offset: the tenant's), never converted. */
export function wallTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(?:\d{4}-\d{2}-\d{2}[T ])?(\d{2}:\d{2})/.exec(value.trim());
  return match ? match[1] : undefined;
}

/** The booking's day and times on the tenant's wall clock (CONTRACT.md §7.4). */
export function wallClockOf(booking: Booking): {date?: string; start?: string; end?: string} {
  return {
    date: booking.bookingDate ?? booking.occurrenceStart?.slice(0, 10) ?? undefined,
    start: wallTime(booking.startTime) ?? wallTime(booking.occurrenceStart),
    end: wallTime(booking.endTime) ?? wallTime(booking.occurrenceEnd),
  };
}

/** A 401 after which the member is signed out: the element asks them to sign in again, keeping the flow. */
function sessionLost(error: unknown, signedIn: boolean): boolean {
  return isFavApiError(error) && error.status === 401 && !signedIn;
}

/**
 * The member's bookings of `<fav-my-bookings>`, apart from their rendering: the two lists and their
 * pages, the open booking and its service, and the step. Cancel and reschedule (what was typed and
 * chosen, the calls) are {@link BookingChanges}, attached when their code has loaded. A failure
 * never clears what the member typed or chose.
 */
export class MyBookingsFlow extends FlowState<FlowElement, MyBookingsHooks, MyBookingsFlow> {
  step: MyBookingsStep = 'list';
  tab: MyBookingsTab = 'upcoming';
  lists: Record<MyBookingsTab, BookingList> = {upcoming: emptyList(), past: emptyList()};
  /** The member the data on screen belongs to. */
  memberUuid?: string;
  /** The flow has shown something for this member (so a new sign-in resumes rather than starts). */
  started = false;

  /** The open booking: from the list at once, then its detail (A8). */
  selectedId?: string;
  booking?: Booking;
  detail?: BookingDetail;
  detailBusy = false;
  detailError?: unknown;
  /** The booking's service: its time zone, address, duration and booking window. */
  service?: Service;

  /** Cancel and reschedule, once their code has loaded (see {@link changesLoaded}). */
  changes?: BookingChanges;

  private generations: Record<MyBookingsTab, number> = {upcoming: 0, past: 0};
  private detailGeneration = 0;

  override hostDisconnected(): void {
    super.hostDisconnected();
    // Calls in flight were aborted with the element's signal: nothing is running any more.
    this.detailBusy = false;
    for (const list of Object.values(this.lists)) list.busy = false;
  }

  private patchList(tab: MyBookingsTab, patch: Partial<BookingList>): void {
    this.set({lists: {...this.lists, [tab]: {...this.lists[tab], ...patch}}});
  }

  /** The tenant's time zone for the booking times. */
  get timezone(): string | undefined {
    return this.changes?.timezone() ?? this.service?.timezone ?? this.hooks.tenantTimezone() ?? undefined;
  }

  /** The code of cancel and reschedule arrived with the later steps: they start here, once. */
  changesLoaded(Changes: typeof BookingChanges): BookingChanges {
    return (this.changes ??= new Changes(this));
  }

  // -------------------------------------------------------------------------------------------
  // Session

  /** First view for a member: the upcoming list, or one booking when asked for. */
  start(memberUuid: string | undefined, bookingId?: string): Promise<void> {
    this.memberUuid = memberUuid;
    this.started = true;
    if (bookingId) return this.openDetail(bookingId);
    this.step = 'list';
    return this.loadList(this.tab, 1);
  }

  /** Signed out (or another member signed in): nothing of the last member stays. */
  clear(): void {
    this.generations = {upcoming: this.generations.upcoming + 1, past: this.generations.past + 1};
    this.detailGeneration++;
    this.changes?.reset();
    this.set({
      step: 'list',
      tab: 'upcoming',
      lists: {upcoming: emptyList(), past: emptyList()},
      memberUuid: undefined,
      started: false,
      selectedId: undefined,
      booking: undefined,
      detail: undefined,
      detailBusy: false,
      detailError: undefined,
    });
  }

  /** The same member signed in again after their session expired: pick up where they were. */
  resume(): void {
    if (this.step === 'list') void this.loadList();
    else if (this.step === 'detail' && this.selectedId) void this.openDetail(this.selectedId);
    // On the cancel and reschedule steps the reason typed and the day chosen stay; the member confirms again.
    else this.changes?.resume();
  }

  /** A booking was made, cancelled or moved: every list is out of date. */
  bookingsChanged(): void {
    this.lists = {upcoming: {...this.lists.upcoming, stale: true}, past: {...this.lists.past, stale: true}};
    if (this.step === 'list') void this.loadList();
    else this.element.requestUpdate();
  }

  /** The page size changed: both lists start again at their first page. */
  pageSizeChanged(): void {
    this.lists = {upcoming: {...this.lists.upcoming, page: 1}, past: {...this.lists.past, page: 1}};
    this.bookingsChanged();
  }

  /** The locale changed: the lists and the open booking come again in its language; the step, the reason typed and the time chosen stay. */
  reread(): void {
    this.bookingsChanged();
    if (this.selectedId) void this.readDetail(this.selectedId);
  }

  /** The open booking was cancelled or moved: its detail as the API returned it (a read still on its way is dropped), and every list is out of date. */
  bookingChanged(booking: BookingDetail): void {
    this.detailGeneration++;
    this.set({detail: booking, booking, step: 'detail'});
    this.bookingsChanged();
  }

  /** The server refused a change, or no longer finds the booking (`gone`): said on the booking's detail. */
  changeRefused(gone?: unknown): void {
    this.set(gone ? {step: 'detail', detailError: gone} : {step: 'detail'});
  }

  /** To the cancel or the reschedule step of the open booking. */
  toChange(step: 'cancel' | 'reschedule'): void {
    this.set({step});
  }

  // -------------------------------------------------------------------------------------------
  // Lists

  showTab(tab: MyBookingsTab): void {
    this.set({tab});
    const list = this.lists[tab];
    if (!list.result || list.stale) void this.loadList(tab, list.page);
  }

  async loadList(tab: MyBookingsTab = this.tab, page = this.lists[tab].page): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    const generation = ++this.generations[tab];
    this.patchList(tab, {busy: true, error: undefined, page});
    try {
      const result = await listBookings(client, {upcoming: tab === 'upcoming', page, limit: this.hooks.listLimit()}, {signal: this.signal});
      if (generation !== this.generations[tab]) return;
      // A page that emptied (its last booking was cancelled or moved): show the one before.
      if (result.items.length === 0 && page > 1) return this.loadList(tab, page - 1);
      this.patchList(tab, {result, busy: false, stale: false});
      if (!this.timezone && result.items[0]) void this.loadService(result.items[0], true);
    } catch (error) {
      if (generation !== this.generations[tab]) return;
      const aborted = isFavApiError(error) && error.kind === 'aborted';
      if (!aborted) this.failed(error);
      this.patchList(tab, {busy: false, error: aborted || sessionLost(error, this.hooks.signedIn()) ? undefined : error});
    }
  }

  // -------------------------------------------------------------------------------------------
  // Detail

  /** Opens a booking: what the list knows at once, then its detail (A8) and its service. */
  async openDetail(bookingOrId: Booking | string): Promise<void> {
    if (!this.element.client) return;
    const id = typeof bookingOrId === 'string' ? bookingOrId : String(bookingOrId.id);
    const same = this.selectedId === id;
    if (!same) this.changes?.reset();
    this.set({
      step: 'detail',
      selectedId: id,
      booking: typeof bookingOrId === 'string' ? (same ? this.booking : undefined) : bookingOrId,
      detail: same ? this.detail : undefined,
      detailBusy: true,
      detailError: undefined,
    });
    return this.readDetail(id);
  }

  /** The booking's detail (A8) and its service; a newer read or change supersedes it. */
  private async readDetail(id: string): Promise<void> {
    const generation = ++this.detailGeneration;
    try {
      const detail = await getBooking(this.element.client!, id, {signal: this.signal});
      if (generation !== this.detailGeneration) return;
      this.set({detail, booking: detail, detailBusy: false});
      await this.loadService(detail);
    } catch (error) {
      if (generation !== this.detailGeneration) return;
      const aborted = isFavApiError(error) && error.kind === 'aborted';
      if (!aborted) this.failed(error);
      this.set({detailBusy: false, detailError: aborted || sessionLost(error, this.hooks.signedIn()) ? undefined : error});
    }
  }

  /** The booking's service (a cached public call): its zone names the times; `any` keeps the one known. */
  private async loadService(booking: Booking, any = false): Promise<void> {
    const client = this.element.client;
    if (!client || booking.serviceId === null) return;
    if (this.service && (any || String(this.service.id) === String(booking.serviceId))) return;
    try {
      const {getService} = await import('./booking-service.js');
      const service = await getService(client, booking.serviceId, {signal: this.signal});
      if (any || this.selectedId === String(booking.id)) this.set({service});
    } catch {
      // The times still show, without the zone's name (and the calendar file without an address).
    }
  }

  backToList(): void {
    this.changes?.clearMessages();
    this.set({step: 'list'});
    const list = this.lists[this.tab];
    if (!list.result || list.stale) void this.loadList(this.tab, list.page);
  }

  /** One step back: from cancel or reschedule to the detail, from the detail to the list. */
  back(): void {
    if (this.step === 'detail') this.backToList();
    else {
      this.changes?.clearMessages();
      this.set({step: 'detail'});
    }
  }
}
