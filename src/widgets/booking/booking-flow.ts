import {getService, listServiceResources, listServiceStaff, listServices} from '../../api/booking.js';
import type {GuestBookingInput} from '../../api/bookings.js';
import {isFavApiError} from '../../api/errors.js';
import type {Resource, Service, Staff} from '../../api/schemas/booking.js';
import type {Booking} from '../../api/schemas/bookings.js';
import type {ListResult} from '../../api/schemas/parse.js';
import type {MemberSession} from '../../context/session-store.js';
import {addDays, datesOfMonth, todayIn} from '../../ui/calendar-dates.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import type {PrefillHost} from '../shared/prefill.js';
import type {PromotionHost} from '../shared/promotion-code.js';
import type {BookableSlot, SlotAvailability, SlotAvailabilityHost} from '../shared/slot-availability.js';

/** The steps of `<fav-booking>`. */
export type BookingStep = 'loading' | 'services' | 'service' | 'time' | 'details' | 'review' | 'done' | 'unavailable';

/** Why the flow came back to an earlier step: shown as a banner there. */
export type BookingNotice = 'slot-taken' | 'session-expired' | 'vetoed' | undefined;

export interface CustomerDetails {
  name: string;
  /** E.164 once validated. */
  phone: string;
  email: string;
  notes: string;
  addonIds: string[];
}

/** What `fav-before-booking` and `fav-booking-created` report about the booking. */
export interface BookingSummary {
  service: {id: string; name: string};
  staff?: {id: string; name: string};
  resource?: {id: string; name: string};
  /** ISO 8601 with the tenant's offset when known. */
  start: string;
  end: string;
  price: {amount: string; currency: string};
  customer: {kind: 'guest' | 'member'; name: string; phone: string; email?: string; memberUuid?: string};
}

/** The element as the flow sees it: re-rendering, the client, and the details form's prefill and promotion code attributes. */
export type BookingElement = FlowElement & PrefillHost & PromotionHost;

/** What the flow asks of `<fav-booking>` (closures the element gives, none of them its members). */
export interface BookingHooks extends FlowHooks {
  /** The signed-in member, or null. */
  member(): MemberSession | null;
  /** The tenant's time zone from the environment, when known. */
  timezone(): string | undefined;
  /** Fires the cancelable `fav-before-booking`; false when the page vetoed it. */
  beforeBooking(summary: BookingSummary, input: GuestBookingInput): boolean;
  /** Fires `fav-booking-created`. */
  bookingCreated(booking: Booking, summary: BookingSummary): void;
}

/** The initial choices from the element's attributes. */
export interface BookingPreset {
  serviceId?: string;
  staffId?: string;
  resourceId?: string;
  date?: string;
  pageSize?: number;
}

const PAGE_SIZE = 10;
const MAX_WINDOW_DAYS = 30;

/**
 * The booking flow of `<fav-booking>`, apart from its rendering: the step, the choices so far, what
 * the visitor typed, what is in flight, and the last error. A failure never clears a choice or a
 * typed value. Only the named methods below change it; the booking itself (A6) is made by
 * `BookingCheckout` (booking-checkout.ts, with the later steps), which reports back through them.
 */
export class BookingFlow extends FlowState<BookingElement, BookingHooks, BookingFlow> {
  step: BookingStep = 'loading';
  notice: BookingNotice;

  search = '';
  page = 1;
  services?: ListResult<Service>;

  service?: Service;
  staff: Staff[] = [];
  resources: Resource[] = [];
  /** `''` is "any available". */
  staffId = '';
  resourceId = '';
  choiceErrors: {staff?: string; resource?: string} = {};

  date?: string;
  slotKey?: string;
  private slots?: SlotAvailability;

  details: CustomerDetails = {name: '', phone: '', email: '', notes: '', addonIds: []};
  detailErrors: Partial<Record<'name' | 'phone' | 'email', string>> = {};
  /** A member whose session ended mid-flow chose to go on as a guest. */
  asGuest = false;
  phonePrefix = '';

  booking?: Booking;
  summary?: BookingSummary;
  private preset: BookingPreset = {};
  /** The visitor picked a day themselves: do not move the selection to the first free day. */
  private datePicked = false;
  /** The days searched for the first free one, while that search runs. */
  private settling?: string[];

  /** The free times, day by day; its code arrives with the later steps (see {@link attachAvailability}). */
  get availability(): SlotAvailability {
    if (!this.slots) throw new Error('fav-booking: the date and time step is not loaded yet');
    return this.slots;
  }

  attachAvailability(
    make: (host: SlotAvailabilityHost, defaults: ConstructorParameters<typeof SlotAvailability>[1]) => SlotAvailability,
  ): void {
    this.slots ??= make(this.element, {
      timezone: () => this.service?.timezone ?? this.hooks.timezone(),
      durationMinutes: () => this.service?.durationMinutes,
      onDayLoaded: () => this.settleFirstFree(),
    });
  }

  /** The tenant's time zone for this service's times. */
  get timezone(): string | undefined {
    return this.slots?.timezone(this.date) ?? this.service?.timezone ?? this.hooks.timezone();
  }

  /** The visitor books as the signed-in member (not after choosing to continue as a guest). */
  get asMember(): boolean {
    return Boolean(this.hooks.member()) && !this.asGuest;
  }

  get selectedSlot(): BookableSlot | undefined {
    return this.date && this.slotKey ? this.slots?.bookable(this.date).find((slot) => slot.key === this.slotKey) : undefined;
  }

  get selectedStaff(): Staff | undefined {
    return this.staff.find((person) => person.memberId === this.staffId);
  }

  get selectedResource(): Resource | undefined {
    return this.resources.find((resource) => resource.resourceId === this.resourceId);
  }

  /** The page changed a preset (staff, resource, date, page size): later steps start from it. */
  presetChanged(preset: BookingPreset): void {
    this.preset = preset;
  }

  /** Starts at the preset service, or the service list. */
  start(preset: BookingPreset): Promise<void> {
    this.preset = preset;
    return preset.serviceId ? this.openService(preset.serviceId) : this.loadServices(1);
  }

  async loadServices(page = this.page, search = this.search): Promise<void> {
    if (!this.element.client) return;
    this.set({step: this.services ? 'services' : 'loading', busy: true, error: undefined, page, search, notice: undefined});
    try {
      this.set({services: await this.readServices(page, search), step: 'services', busy: false});
    } catch (error) {
      this.fail(error, this.services ? 'services' : 'unavailable');
    }
  }

  private readServices(page: number, search: string): Promise<ListResult<Service>> {
    const limit = this.preset.pageSize ?? PAGE_SIZE;
    return listServices(this.element.client!, {search: search || undefined, page, limit}, {signal: this.element.signal});
  }

  /** A service (unless given), its staff and its resources (none when they fail to load). */
  private readService(id: string, given?: Service): Promise<[Service, {items: Staff[]}, {items: Resource[]}]> {
    const client = this.element.client!;
    const signal = this.element.signal;
    return Promise.all([
      given ?? getService(client, id, {signal}),
      listServiceStaff(client, id, {signal}).catch(() => ({items: [] as Staff[]})),
      listServiceResources(client, id, {signal}).catch(() => ({items: [] as Resource[]})),
    ]);
  }

  /**
   * The locale changed: the service list and the open service come again in its language. The step,
   * the choices, what was typed and what is in flight stay; a failure keeps what is shown.
   */
  async reread(): Promise<void> {
    const {services, service} = this;
    try {
      const [list, read] = await Promise.all([services && this.readServices(this.page, this.search), service && this.readService(String(service.id))]);
      if (list && this.services === services) this.set({services: list});
      if (read && this.service === service) this.set({service: read[0], staff: read[1].items, resources: read[2].items});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) this.failed(error);
    }
  }

  /** Opens a service: its detail, staff and resources. */
  async openService(serviceOrId: Service | string): Promise<void> {
    if (!this.element.client) return;
    const id = typeof serviceOrId === 'string' ? serviceOrId : String(serviceOrId.id);
    this.set({step: 'loading', busy: true, error: undefined, notice: undefined});
    try {
      const [service, staff, resources] = await this.readService(id, typeof serviceOrId === 'string' ? undefined : serviceOrId);
      const keep = this.service && String(this.service.id) === id;
      if (!keep) {
        this.date = undefined;
        this.slotKey = undefined;
        this.datePicked = false;
      }
      const staffId = pickChoice(staff.items.map((s) => String(s.memberId)), keep ? this.staffId : this.preset.staffId, service.requiresStaff);
      const resourceId = pickChoice(resources.items.map((r) => String(r.resourceId)), keep ? this.resourceId : this.preset.resourceId, service.requiresResource);
      this.set({
        service,
        staff: staff.items,
        resources: resources.items,
        staffId,
        resourceId,
        choiceErrors: {},
        step: 'service',
        busy: false,
        details: keep ? this.details : {...this.details, addonIds: []},
      });
    } catch (error) {
      this.fail(error, 'unavailable');
    }
  }

  chooseStaff(id: string): void {
    this.set({staffId: id, choiceErrors: {...this.choiceErrors, staff: undefined}});
  }

  chooseResource(id: string): void {
    this.set({resourceId: id, choiceErrors: {...this.choiceErrors, resource: undefined}});
  }

  /** From the service to the calendar. Returns the missing choices, if any. */
  async toTime(messages: {staff: string; resource: string}): Promise<boolean> {
    const service = this.service;
    if (!service) return false;
    const errors = {
      staff: service.requiresStaff && this.staff.length > 0 && !this.staffId ? messages.staff : undefined,
      resource: service.requiresResource && this.resources.length > 0 && !this.resourceId ? messages.resource : undefined,
    };
    if (errors.staff || errors.resource) {
      this.set({choiceErrors: errors});
      await this.element.updateComplete;
      return false;
    }
    this.availability.use({serviceId: String(service.id), staffId: this.staffId || undefined, resourceId: this.resourceId || undefined});
    this.set({step: 'time', error: undefined});
    return true;
  }

  /** The days that can be booked: today (tenant time) to the advance-booking limit, at most 30 days. */
  window(): {min: string; max: string} {
    const today = todayIn(this.timezone);
    const config = this.date ? this.slots?.day(this.date)?.result?.bookingConfig : undefined;
    const advance = config?.advanceBookingDays ?? this.service?.advanceBookingDays ?? MAX_WINDOW_DAYS;
    return {min: today, max: addDays(today, Math.max(0, Math.min(advance, MAX_WINDOW_DAYS)))};
  }

  /**
   * Loads the availability of the visible month and, unless the visitor chose a day, selects the
   * earliest free one as soon as every day before it has answered. Resolves to true only when every
   * day of the month answered with nothing free (the element then shows the next month); a day that
   * failed to load keeps the visitor on this month, where its error and "Try again" show.
   */
  async loadMonth(month: string): Promise<boolean> {
    const {min, max} = this.window();
    const dates = datesOfMonth(month).filter((date) => date >= min && date <= max);
    const preset = this.preset.date;
    if (!this.date && preset && preset >= min && preset <= max) {
      this.datePicked = true;
      this.selectDate(preset);
    }
    this.settling = this.datePicked ? undefined : dates;
    await this.availability.load(dates);
    this.settleFirstFree();
    return !this.datePicked && this.availability.noneFree(dates);
  }

  /** Called as each day answers while the first free day is being looked for. */
  private settleFirstFree(): void {
    const dates = this.settling;
    if (!dates || this.datePicked || !this.slots) return;
    for (const date of dates) {
      const state = this.availability.stateOf(date);
      if (state === 'loading') return;
      if (state === 'available') {
        this.settling = undefined;
        if (this.date !== date) this.set({date, slotKey: undefined});
        return;
      }
    }
  }

  selectDate(date: string): void {
    this.datePicked = true;
    this.set({date, slotKey: undefined, notice: this.notice === 'slot-taken' ? this.notice : undefined});
    void this.availability.load([date]);
  }

  selectSlot(key: string): void {
    this.set({slotKey: key, notice: undefined});
  }

  /** From the time to the details form (which shows the prefill, README "Prefill"). */
  toDetails(): void {
    if (!this.selectedSlot) return;
    this.set({step: 'details', error: undefined});
  }

  /** The tenant's dialling prefix for the phone field arrived (B8). */
  phonePrefixKnown(phonePrefix: string): void {
    this.set({phonePrefix});
  }

  /** The visitor typed in a field of the details form (no re-render: the input already shows it). */
  detailTyped(field: 'name' | 'phone' | 'email' | 'notes', value: string): void {
    this.details = {...this.details, [field]: value};
  }

  /** Shows field errors found before sending; resolves once they are on screen. */
  async invalid(details: CustomerDetails, errors: BookingFlow['detailErrors']): Promise<void> {
    this.set({details, detailErrors: errors});
    await this.element.updateComplete;
  }

  /** Valid details: on to the review. */
  review(details: CustomerDetails): void {
    this.set({details, detailErrors: {}, step: 'review', error: undefined, notice: undefined});
  }

  /** Goes back one step, keeping every choice. */
  back(): void {
    const previous: Partial<Record<BookingStep, BookingStep>> = {service: 'services', time: 'service', details: 'time', review: 'details'};
    const step = previous[this.step];
    if (!step) return;
    if (step === 'services' && !this.services) {
      void this.loadServices(1);
      return;
    }
    this.set({step, error: undefined, notice: undefined});
  }

  continueAsGuest(): void {
    this.set({asGuest: true, step: 'details', notice: undefined, error: undefined});
  }

  /** The member signed in again after their session ended: book for them. */
  memberReturned(): void {
    if (this.step === 'details' || this.step === 'review') {
      this.asGuest = false;
      if (this.notice === 'session-expired') this.notice = undefined;
      this.toDetails();
    }
  }

  /**
   * Asks the page (the cancelable `fav-before-booking`) whether the booking may be sent; a veto
   * shows as a notice on the review, and an earlier one goes once the page allows it.
   */
  pageAllows(summary: BookingSummary, input: GuestBookingInput): boolean {
    const allowed = this.hooks.beforeBooking(summary, input);
    this.set(allowed ? {notice: undefined} : {notice: 'vetoed', error: undefined});
    return allowed;
  }

  /** The member's session ended as they booked (401): they may go on as a guest or sign in again. */
  sessionEnded(): void {
    this.set({notice: 'session-expired'});
  }

  /** The chosen time was taken meanwhile (409): back to fresh times of that day; the details stay. */
  slotTaken(date: string): Promise<void> {
    this.set({step: 'time', slotKey: undefined, notice: 'slot-taken'});
    return this.availability.reload(date);
  }

  /** The booking was made: the confirmation shows and the page hears of it (`fav-booking-created`). */
  booked(booking: Booking, summary: BookingSummary): void {
    this.set({booking, summary, step: 'done'});
    this.hooks.bookingCreated(booking, summary);
  }

  /** After a booking: start again at the same service. */
  again(): void {
    this.set({booking: undefined, summary: undefined, slotKey: undefined, step: 'time', notice: undefined, error: undefined});
    if (this.date) void this.availability.reload(this.date);
  }

  private fail(error: unknown, step: BookingStep): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.failed(error);
    this.set({busy: false, step, error});
  }
}

/** The preset when it is one of the choices; the only choice when one is required; else "any". */
function pickChoice(ids: string[], preset: string | undefined, required: boolean): string {
  if (preset && ids.includes(preset)) return preset;
  if (required && ids.length === 1) return ids[0]!;
  return '';
}
