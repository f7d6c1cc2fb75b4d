import {localized} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {GuestBookingInput} from '../../api/bookings.js';
import type {Booking} from '../../api/schemas/bookings.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {isCalendarDate} from '../../ui/calendar-dates.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {pageSizeOf} from '../../ui/pager.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import type {PrefillValues} from '../shared/prefill.js';
import {BookingFlow, type BookingSummary, type CustomerDetails} from './booking-flow.js';
import {bookingStyles} from './fav-booking.styles.js';
import type {BookingCheckout, CalendarController} from './booking-steps.js';
import {renderService, renderServices, renderUnavailable, type ViewContext} from './booking-views.js';

type Steps = typeof import('./booking-steps.js');

declare global {
  interface FavEventMap {
    'fav-before-booking': FavBeforeBookingDetail;
    'fav-booking-created': FavBookingCreatedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-booking': FavBooking;
  }
}

/** `detail` of `fav-booking-created`. */
export interface FavBookingCreatedDetail extends BookingSummary {
  /** The booking as the API returned it (id, status, times, total). */
  booking: Booking;
}

/**
 * `detail` of the cancelable `fav-before-booking`. Change `input` (e.g. `input.notes`) to enrich
 * the booking; call `preventDefault()` to stop it.
 */
export interface FavBeforeBookingDetail extends BookingSummary {
  /** The request body about to be sent (A6); listeners may change it. */
  input: GuestBookingInput;
}

/** Loads `<fav-login>` for the sign-in box; its code stays out of the booking chunk. */
const loadLogin = () => import('../../entries/login.js');

/**
 * Online booking of the tenant's services: the service list (search, pages) → a service with its
 * staff and rooms → a keyboard-operable calendar (days without free times are disabled, the first
 * free day is picked) → the free times of the day, grouped into morning, afternoon and evening, in
 * the business's time zone → the visitor's details → review → the booking, with its reference and
 * an "add to calendar" file.
 *
 * The details form is prefilled (README "Prefill"), each source over the one before: the `prefill`
 * attribute, the signed-in member (name, email, phone; not with `no-prefill`), the URL parameters
 * allowed by `prefill-params`, the `prefill` property; fields `name`, `email`, `phone`, `notes`; what
 * the visitor typed is never replaced.
 *
 * For a service with a price, the details form offers a promotion code ("Have a promotion code?"),
 * sent with the booking; the confirmation shows its discount and the total. A code the API refuses
 * shows its message beside the field, with everything typed kept. A campaign link's `?promo=` or the
 * `promotion-code` attribute fills it in.
 *
 * @summary Book a service: pick a service, staff, a day and a time, then confirm.
 * @tagname fav-booking
 * @attr {string} prefill - Values for the details form as a JSON object, e.g. `{"name": "Ann", "notes": "First visit"}`: the lowest prefill source (README "Prefill").
 * @attr {string} prefill-params - URL parameters the details form may take values from, space or comma separated: `email name`, or `field:param` to rename (`email:e` reads `?e=`). No other parameter is read.
 * @attr {boolean} no-prefill - Do not fill the details form from the signed-in member.
 * @attr {string} promotion-code - A promotion code the details form starts with, for services with a price (the visitor may remove it); the URL parameter `?promo=` wins over it (campaign links, README "Prefill").
 * @event fav-before-booking - Cancelable, before the booking is sent. `detail`: `{service: {id, name}, staff?, resource?, start, end, price: {amount, currency}, customer: {kind: 'guest' | 'member', name, phone, email?, memberUuid?}, input}`; change `detail.input` to enrich the request, `preventDefault()` to stop it.
 * @event fav-booking-created - The booking was made. `detail`: `{booking, service, staff?, resource?, start, end, price, customer}` (as `fav-before-booking`, with the API's `booking`).
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The step heading.
 * @csspart search - The service search form.
 * @csspart service-list - The list of services.
 * @csspart service-card - One service in the list.
 * @csspart service-image - A service's picture.
 * @csspart service-button - The service name, which opens it.
 * @csspart price - A price.
 * @csspart choice-group - The staff, room or add-on choices.
 * @csspart choice - One staff member or room.
 * @csspart calendar - The month calendar; also `calendar-header`, `calendar-nav`, `calendar-grid`.
 * @csspart calendar-day - A day; also `calendar-day-selected`, `calendar-day-unavailable`.
 * @csspart slot-list - The times of the chosen day; also `slot-group`, `slot-group-heading`.
 * @csspart slot-button - A time; the chosen one also has `slot-button-selected`.
 * @csspart timezone - The note naming the business's time zone.
 * @csspart form - The details form.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `prefix`, `hint`, `error`, `checkbox`.
 * @csspart member - "Booking as …" for a signed-in member.
 * @csspart promotion - The promotion code on the details form: "Have a promotion code?", its field with "Apply", or the code with "Remove"; the code is `promotion-code`.
 * @csspart summary - The booking summary on the review and confirmation.
 * @csspart calendar-link - The "Add to calendar" link.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart pager - The service list pages; also `pager-button`, `pager-status`.
 * @csspart skeleton - Placeholders while something loads.
 */
@localized()
export class FavBooking extends FavWidget {
  static override styles = bookingStyles;
  protected static override lookups = {getService: 'service-id'};

  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /** Start at this service (its id) instead of the service list. */
  @property({attribute: 'service-id'}) serviceId?: string;
  /** Preselect this staff member (their `memberId`) when the service offers them. */
  @property({attribute: 'staff-id'}) staffId?: string;
  /** Preselect this room or piece of equipment (its `resourceId`). */
  @property({attribute: 'resource-id'}) resourceId?: string;
  /** Open the calendar at this day (`YYYY-MM-DD`) instead of the first free one. */
  @property() date?: string;
  /** Hide the search box above the service list. */
  @property({type: Boolean, attribute: 'hide-search'}) hideSearch = false;
  /** Services per page of the list (1–100). */
  @property({type: Number, attribute: 'page-size'}) pageSize = 10;
  /** Values for the details form (`name`, `email`, `phone`, `notes`): the highest prefill source, over the `prefill` attribute, the member and `prefill-params`. */
  @property({attribute: false}) prefill?: PrefillValues;

  private readonly flow = new BookingFlow(this, {
    failed: (error) => this.reportError(error),
    member: () => this.member,
    timezone: () => this.environment?.tenant?.timezone,
    beforeBooking: (summary, input) => this.emit('fav-before-booking', {...summary, input}, {cancelable: true}),
    bookingCreated: (booking, summary) => this.emit('fav-booking-created', {...summary, booking}),
  });
  /** Moves focus to the new step's heading (protected, not private: TypeScript counts a controller that is never read as unused). */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);
  /** The calendar, once the later steps have loaded. */
  private calendar?: CalendarController;
  /** Makes the booking, once the later steps have loaded. */
  private checkout?: BookingCheckout;
  /** The date, details and review steps (after the first view is on screen, or when needed). */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./booking-steps.js'), {
    arrived: (steps) => {
      this.flow.attachAvailability((host, defaults) => new steps.SlotAvailability(host, defaults));
      this.checkout = new steps.BookingCheckout(this.flow);
      const calendar = new steps.CalendarController(this, {
        onSelect: (date) => this.flow.selectDate(date),
        onMonth: (month) => void steps.showMonth(this.flow, calendar, month),
      });
      this.calendar = calendar;
    },
  });
  @state() private loginOpen = false;

  private preset() {
    return {
      serviceId: this.serviceId || undefined,
      staffId: this.staffId || undefined,
      resourceId: this.resourceId || undefined,
      date: isCalendarDate(this.date) ? this.date : undefined,
      pageSize: pageSizeOf(this.pageSize, 10),
    };
  }

  /** The later steps, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  protected override environmentReady(): void {
    // The later steps' code, and the tenant's phone prefix for their form, while the visitor reads the first view.
    void this.flow
      .start(this.preset())
      .then(() => this.laterSteps.load())
      .then((steps) => steps.loadPhonePrefix(this.flow));
  }

  protected override localeChanged(): void {
    void this.flow.reread();
  }

  protected override sessionChanged(session: MemberSession | null, _change: SessionChange): void {
    if (session) {
      this.loginOpen = false;
      this.flow.memberReturned();
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !this.client) return;
    if (changed.has('serviceId')) {
      void this.flow.start(this.preset());
      return;
    }
    if (['staffId', 'resourceId', 'date', 'pageSize'].some((key) => changed.has(key as keyof FavBooking))) this.flow.presetChanged(this.preset());
    if (changed.has('pageSize') && this.flow.step === 'services') {
      void this.flow.start({...this.preset(), serviceId: undefined});
    }
    if (changed.has('staffId') && this.staffId && this.flow.step === 'service') this.flow.chooseStaff(this.staffId);
    if (changed.has('resourceId') && this.resourceId && this.flow.step === 'service') this.flow.chooseResource(this.resourceId);
    const {steps, calendar} = this;
    if (changed.has('date') && isCalendarDate(this.date) && this.flow.step === 'time' && steps && calendar) steps.showDate(this.flow, calendar, this.date);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: pick the flow up where it was.
    if (this.hasUpdated && this.client && this.flow.step === 'loading') void this.flow.start(this.preset());
  }

  /** From the service to the calendar, once the later steps are here; focus moves to a choice still missing. */
  private async toTime(): Promise<void> {
    try {
      await this.laterSteps.load();
    } catch (error) {
      this.reportError(error);
    }
    const {steps, calendar} = this;
    if (!steps || !calendar) return;
    if (!(await steps.toTime(this.flow, calendar, this.preset().date))) this.shadowRoot?.querySelector<HTMLElement>('.choices.invalid input')?.focus();
  }

  /** The visitor sent the details form: on to the review, or focus on the first field in error. */
  private async submitDetails(steps: Steps, values: CustomerDetails): Promise<void> {
    if (!(await steps.submitDetails(this.flow, values))) this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private showLogin(): void {
    this.loginOpen = true;
    void loadLogin();
  }

  private viewContext(): ViewContext {
    const service = this.flow.service;
    const mustSignIn = Boolean(service?.requireLogin && !this.flow.asMember && this.flow.step === 'details');
    if (mustSignIn) void loadLogin();
    return {
      locale: this.environment?.locale ?? 'en',
      hideSearch: this.hideSearch,
      visitorTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      memberName: this.member?.memberName,
      login: this.loginOpen || mustSignIn ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
      showLogin: () => this.showLogin(),
    };
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    const back = () => flow.back();
    let body;
    switch (flow.step) {
      case 'loading':
        body = renderSkeleton(['heading', 'card', 'card']);
        break;
      case 'unavailable':
        body = renderUnavailable(flow, {
          onRetry: () => void flow.start(this.preset()),
          onServices: () => void flow.loadServices(1, ''),
        });
        break;
      case 'services':
        body = renderServices(flow, context, {
          onSearch: (text) => void flow.loadServices(1, text),
          onPage: (page) => void flow.loadServices(page),
          onOpen: (service) => void flow.openService(service),
        });
        break;
      case 'service':
        body = renderService(flow, context, {onContinue: () => void this.toTime(), onBack: back});
        break;
      default:
        body = this.renderLaterStep(context);
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  /** Date and time, details, review and confirmation: from the lazily loaded module. */
  private renderLaterStep(context: ViewContext) {
    const {steps, calendar, checkout} = this;
    if (!steps || !calendar || !checkout) {
      void this.laterSteps.load();
      return renderSkeleton(['heading', 'card']);
    }
    return steps.renderLaterStep(this.flow, context, {calendar, checkout, onDetails: (values) => void this.submitDetails(steps, values)});
  }
}
