import {localized, msg} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {BookingDetail} from '../../api/schemas/bookings.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {pageSizeOf} from '../../ui/pager.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import {myBookingsStyles} from './fav-my-bookings.styles.js';
import {MyBookingsFlow} from './my-bookings-flow.js';
import type {BookingChanges} from './my-bookings-changes.js';
import type {CalendarController} from './my-bookings-steps.js';
import {renderList, renderSignedOut, type ViewContext} from './my-bookings-views.js';

type Steps = typeof import('./my-bookings-steps.js');

declare global {
  interface FavEventMap {
    'fav-before-booking-cancel': FavBookingCancelledDetail;
    'fav-before-booking-reschedule': FavBeforeBookingRescheduleDetail;
    'fav-booking-cancelled': FavBookingCancelledDetail;
    'fav-booking-rescheduled': FavBookingRescheduledDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-my-bookings': FavMyBookings;
  }
}

/** `detail` of `fav-booking-cancelled`. */
export interface FavBookingCancelledDetail {
  /** The booking as the API returned it after cancelling (status `cancelled`, `cancellationReason`). */
  booking: BookingDetail;
  /** The reason the member gave, when they gave one. */
  reason?: string;
}

/** `detail` of the cancelable `fav-before-booking-reschedule`: the booking and the times before and after. */
export interface FavBeforeBookingRescheduleDetail {
  booking: BookingDetail;
  /** The times now, when known. */
  previous?: {start: string; end: string};
  start: string;
  end: string;
}

/** `detail` of `fav-booking-rescheduled`. */
export interface FavBookingRescheduledDetail {
  /** The booking as the API returned it, with the new times. */
  booking: BookingDetail;
  /** The times before the move (ISO 8601, with the tenant's offset when known). */
  previous: {start: string; end: string};
  /** The new start and end (ISO 8601, with the tenant's offset when known). */
  start: string;
  end: string;
}

/** Loads `<fav-login>` for the sign-in box; its code stays out of this widget's chunk. */
const loadLogin = () => import('../../entries/login.js');

const DEFAULT_PAGE_SIZE = 10;

/**
 * The signed-in member's bookings: upcoming and past lists with pages → a booking's detail (date and
 * time on the business's clock, staff, room, price, status, notes, what is included, "add to
 * calendar") → cancel it with an optional reason, after a confirmation → or move it to another day
 * and time with the same calendar and time picker as `<fav-booking>`. Signed out, it offers a
 * sign-in box and shows the bookings as soon as the member is in. The list follows bookings made
 * with `<fav-booking>` on the same page.
 *
 * @summary The member's bookings: view, cancel and reschedule.
 * @tagname fav-my-bookings
 * @event fav-before-booking-cancel - Cancelable, before a booking is cancelled. `detail`: `{booking, reason?}`; `preventDefault()` keeps the booking (the member is told it cannot be changed here).
 * @event fav-before-booking-reschedule - Cancelable, before a booking is moved. `detail`: `{booking, previous?: {start, end}, start, end}`; `preventDefault()` keeps the old time.
 * @event fav-booking-cancelled - The member cancelled a booking. `detail`: `{booking, reason?}` (`booking` as the API returned it, status `cancelled`).
 * @event fav-booking-rescheduled - The member moved a booking. `detail`: `{booking, previous: {start, end}, start, end}` (ISO 8601 date-times).
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The step heading.
 * @csspart login - The sign-in box (`<fav-login>`) shown when signed out; its own base is `login-base`.
 * @csspart tabs - The Upcoming / Past switch; each is a `tab`, the chosen one also `tab-selected`.
 * @csspart booking-list - The list of bookings.
 * @csspart booking-card - One booking in the list.
 * @csspart booking-button - A booking's service name, which opens it.
 * @csspart status - A booking's status; also `status-pending`, `status-confirmed`, `status-cancelled`, `status-completed`, `status-no-show`, `status-draft`, `status-other`.
 * @csspart timezone - The note naming the business's time zone.
 * @csspart summary - The booking's details (and the booking named on the cancel step).
 * @csspart line-items - What the booking includes; each is a `line-item`.
 * @csspart price - A price.
 * @csspart calendar-link - The "Add to calendar" link.
 * @csspart form - The cancel form.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `hint`, `error`.
 * @csspart current-time - The booking's current time on the reschedule step.
 * @csspart new-time - The new time chosen on the reschedule step.
 * @csspart calendar - The month calendar; also `calendar-header`, `calendar-nav`, `calendar-grid`.
 * @csspart calendar-day - A day; also `calendar-day-selected`, `calendar-day-unavailable`.
 * @csspart slot-list - The times of the chosen day; also `slot-group`, `slot-group-heading`.
 * @csspart slot-button - A time; the chosen one also has `slot-button-selected`.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart pager - The list pages; also `pager-button`, `pager-status`.
 * @csspart skeleton - Placeholders while something loads.
 */
@localized()
export class FavMyBookings extends FavWidget {
  static override styles = myBookingsStyles;
  protected static override lookups = {getBooking: 'booking-id'};

  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /** Open this booking (its id) first instead of the list, e.g. from a "manage your booking" link. */
  @property({attribute: 'booking-id'}) bookingId?: string;
  /** Bookings per page of each list (1–100). */
  @property({type: Number, attribute: 'page-size'}) pageSize = DEFAULT_PAGE_SIZE;

  private readonly flow = new MyBookingsFlow(this, {
    failed: (error) => this.reportError(error),
    signedIn: () => this.member !== null,
    listLimit: () => pageSizeOf(this.pageSize, DEFAULT_PAGE_SIZE),
    tenantTimezone: () => this.environment?.tenant?.timezone,
    beforeCancel: (booking, reason) => this.emit('fav-before-booking-cancel', {booking, ...(reason ? {reason} : {})}, {cancelable: true}),
    beforeReschedule: (booking, previous, next) =>
      this.emit(
        'fav-before-booking-reschedule',
        {
          booking,
          ...(previous ? {previous: {start: previous.occurrenceStart, end: previous.occurrenceEnd}} : {}),
          start: next.occurrenceStart,
          end: next.occurrenceEnd,
        },
        {cancelable: true},
      ),
    bookingCancelled: (booking, reason) => this.emit('fav-booking-cancelled', {booking, ...(reason ? {reason} : {})}),
    bookingRescheduled: (booking, previous, next) =>
      this.emit('fav-booking-rescheduled', {
        booking,
        previous: {start: previous.occurrenceStart, end: previous.occurrenceEnd},
        start: next.occurrenceStart,
        end: next.occurrenceEnd,
      }),
  });
  /** The reschedule calendar, once the later steps have loaded. */
  private calendar?: CalendarController;
  /** The detail, cancel and reschedule steps: views, calendar, time picker and availability. */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./my-bookings-steps.js'), {
    arrived: (steps) => {
      const changes = this.flow.changesLoaded(steps.BookingChanges);
      this.calendar = new steps.CalendarController(this, {
        onSelect: (date) => changes.selectDate(date),
        onMonth: (month) => void changes.loadMonth(month),
      });
    },
  });
  @state() private loginOpen = false;
  /** The session ended by itself (not a sign-out): say so above the sign-in box. */
  @state() private expired = false;

  private readonly onBookingCreated = () => {
    if (this.member && this.flow.started) this.flow.bookingsChanged();
  };

  /** Moves the focus to each new step's heading. */
  protected readonly stepFocus = new StepFocusController(this, () => (this.member ? this.flow.step : 'signed-out'));

  /** The detail, cancel and reschedule steps, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fav-booking-created', this.onBookingCreated);
    // Back on the page after a removal (its calls were aborted): pick the flow up where it was.
    if (this.hasUpdated && this.client && this.member && this.flow.started) this.flow.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fav-booking-created', this.onBookingCreated);
  }

  protected override environmentReady(): void {
    this.flow.clear();
    if (this.member) this.startFlow(this.member);
  }

  protected override localeChanged(): void {
    this.flow.reread();
  }

  /** The first view for the member, then (while they read it) the code of the later steps. */
  private startFlow(member: MemberSession): void {
    void this.flow.start(member.memberUuid, this.bookingId || undefined).then(() => this.laterSteps.load().catch(() => undefined));
  }

  protected override sessionChanged(session: MemberSession | null, change: SessionChange): void {
    if (session) {
      if (change !== 'signed-in') return;
      this.loginOpen = false;
      this.expired = false;
      if (!this.client) return; // environmentReady starts the flow
      if (this.flow.started && this.flow.memberUuid === session.memberUuid) this.flow.resume();
      else {
        this.flow.clear();
        this.startFlow(session);
      }
      return;
    }
    if (change === 'expired') {
      // Keep where the member was (and what they typed) for after they sign in again.
      this.expired = true;
      this.loginOpen = true;
      void loadLogin();
      if (!this.flow.started) this.flow.clear();
      return;
    }
    this.expired = false;
    this.loginOpen = false;
    this.flow.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !this.client || !this.member) return;
    if (changed.has('bookingId')) {
      if (this.bookingId) void this.flow.openDetail(this.bookingId);
      else this.startFlow(this.member);
    }
    if (changed.has('pageSize')) {
      this.flow.pageSizeChanged();
    }
  }

  private async toReschedule(calendar: CalendarController, changes: BookingChanges): Promise<void> {
    if (!changes.toReschedule()) return;
    const {min, max} = changes.window();
    const initial = changes.initialDate();
    calendar.setRange(min, max, initial);
    changes.selectDate(initial);
    await changes.loadMonth(calendar.month);
  }

  private async confirmReschedule(steps: Steps, changes: BookingChanges): Promise<void> {
    const detail = this.flow.detail;
    const moved = await changes.confirmReschedule(detail ? steps.occurrenceOf(this.flow, detail) : undefined);
    if (!moved && changes.notice === 'slot-taken') {
      // The chosen time is gone (its button too): start again from the step's top.
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    }
  }

  private async showLogin(): Promise<void> {
    this.loginOpen = true;
    void loadLogin();
    // The button is replaced by the sign-in box: keep the focus just above it, where Tab enters the box.
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  private viewContext(): ViewContext {
    return {locale: this.environment?.locale ?? 'en', visitorTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone};
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    let body;
    if (!this.member) {
      body = renderSignedOut(
        {
          expired: this.expired,
          loginOpen: this.loginOpen,
          login: this.loginOpen ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
        },
        {onSignIn: () => void this.showLogin()},
      );
    } else {
      switch (flow.step) {
        case 'list':
          body = renderList(flow, context, {
            onTab: (tab) => flow.showTab(tab),
            onPage: (page) => void flow.loadList(flow.tab, page),
            onOpen: (booking) => void flow.openDetail(booking),
          });
          break;
        default:
          body = this.renderLaterStep(context);
      }
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  /** Detail, cancel and reschedule: from the lazily loaded module. */
  private renderLaterStep(context: ViewContext) {
    const steps = this.steps;
    const calendar = this.calendar;
    if (!steps || !calendar) {
      void this.laterSteps.load().catch((error: unknown) => this.reportError(error));
      return renderSkeleton(['heading', 'card']);
    }
    const flow = this.flow;
    const changes = flow.changes!;
    switch (flow.step) {
      case 'detail':
        return steps.renderDetail(flow, context, {
          onBack: () => flow.backToList(),
          onRetry: () => flow.selectedId && void flow.openDetail(flow.selectedId),
          onCancel: () => changes.toCancel(),
          onReschedule: () => void this.toReschedule(calendar, changes),
        });
      case 'cancel':
        return steps.renderCancel(flow, context, {onBack: () => flow.back(), onConfirm: () => void changes.confirmCancel()});
      case 'reschedule':
        return steps.renderReschedule(
          flow,
          context,
          {
            calendar: calendar.render({
              locale: context.locale,
              selected: changes.date,
              stateOf: (date) => steps.dayState(flow, date),
              label: msg('Choose a new date', {id: 'my-bookings.calendar.label', desc: 'Accessible name of the reschedule calendar'}),
            }),
          },
          {onBack: () => flow.back(), onConfirm: () => void this.confirmReschedule(steps, changes)},
        );
      default:
        return nothing;
    }
  }
}
