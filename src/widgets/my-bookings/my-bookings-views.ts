import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {Booking} from '../../api/schemas/bookings.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {daysBetween, todayIn} from '../../ui/calendar-dates.js';
import {formatDate, formatTime, timeZoneLabel} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {renderTabs} from '../../ui/tabs.js';
import {wallClockOf, type MyBookingsFlow, type MyBookingsTab} from './my-bookings-flow.js';

/** What a view needs from the element besides the flow. */
export interface ViewContext {
  locale: string;
  /** The visitor's own time zone. */
  visitorTimezone: string;
}

const TABS: readonly MyBookingsTab[] = ['upcoming', 'past'];

export function heading(): string {
  return msg('My bookings', {id: 'my-bookings.heading', desc: 'Heading of the member booking list'});
}

export function statusLabel(status: string | null): string {
  switch (status) {
    case 'pending':
      return msg('Pending', {id: 'my-bookings.status.pending', desc: 'Booking status: waiting for the business to confirm'});
    case 'confirmed':
      return msg('Confirmed', {id: 'my-bookings.status.confirmed', desc: 'Booking status: confirmed'});
    case 'cancelled':
      return msg('Cancelled', {id: 'my-bookings.status.cancelled', desc: 'Booking status: cancelled'});
    case 'completed':
      return msg('Completed', {id: 'my-bookings.status.completed', desc: 'Booking status: took place'});
    case 'no_show':
      return msg('No-show', {id: 'my-bookings.status.no-show', desc: 'Booking status: the customer did not come'});
    case 'draft':
      return msg('Draft', {id: 'my-bookings.status.draft', desc: 'Booking status: not yet submitted'});
    default:
      return status ?? '–';
  }
}

export function renderStatus(status: string | null) {
  const known = ['pending', 'confirmed', 'cancelled', 'completed', 'no_show', 'draft'].includes(status ?? '') ? status! : 'other';
  return html`<span part="status status-${known.replace('_', '-')}" class="status ${known}">${statusLabel(status)}</span>`;
}

/** "Hong Kong Time" when the visitor is in another zone; undefined otherwise or when unknown. */
export function zoneNote(flow: MyBookingsFlow, context: ViewContext): string | undefined {
  const zone = flow.timezone;
  if (!zone || zone === context.visitorTimezone) return undefined;
  return timeZoneLabel(zone, context.locale);
}

export function dayOf(date: string | undefined, context: ViewContext, long = false): string {
  return formatDate(date, context.locale, long ? {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'} : {weekday: 'short', year: 'numeric', month: 'short', day: 'numeric'});
}

/** "Today" or "Tomorrow" (Intl, in the locale) on the tenant's calendar; the short date otherwise. */
function nearDayOf(date: string | undefined, flow: MyBookingsFlow, context: ViewContext): string {
  const offset = date ? daysBetween(todayIn(flow.timezone), date) : NaN;
  if (offset !== 0 && offset !== 1) return dayOf(date, context);
  const word = new Intl.RelativeTimeFormat(context.locale, {numeric: 'auto'}).format(offset, 'day');
  return word.charAt(0).toLocaleUpperCase(context.locale) + word.slice(1);
}

/** "10:00–11:00", on the tenant's wall clock as the server gave it (never converted). */
export function timesOf(start: string | null | undefined, end: string | null | undefined, context: ViewContext): string {
  const from = formatTime(start, context.locale);
  return end ? `${from}–${formatTime(end, context.locale)}` : from;
}

/**
 * Date and time of a booking in one line. The long form (detail, reschedule) names the tenant's zone
 * when the visitor's differs; the list names it once above the cards instead.
 */
export function whenOf(booking: Booking, flow: MyBookingsFlow, context: ViewContext, long = false): string {
  const {date, start, end} = wallClockOf(booking);
  const zone = long ? zoneNote(flow, context) : undefined;
  const times = timesOf(start, end, context);
  return `${long ? dayOf(date, context, true) : nearDayOf(date, flow, context)}, ${zone ? `${times} (${zone})` : times}`;
}

export function renderTimezoneNote(flow: MyBookingsFlow, context: ViewContext) {
  const zone = zoneNote(flow, context);
  return zone
    ? html`<p part="timezone" class="timezone">${msg(str`Times are shown in ${zone}.`, {id: 'my-bookings.timezone', desc: 'Note that booking times are in the business time zone'})}</p>`
    : nothing;
}

// ---------------------------------------------------------------------------------------------
// Signed out

export function renderSignedOut(
  context: {expired: boolean; loginOpen: boolean; login: TemplateResult | typeof nothing},
  handlers: {onSignIn(): void},
) {
  return html`
    ${renderStepHeader(heading())}
    ${context.expired
      ? renderBanner({
          tone: 'warning',
          message: msg('Your session has expired. Please sign in again to continue where you left off.', {
            id: 'my-bookings.session-expired',
            desc: 'The member session ended while they were using their bookings',
          }),
        })
      : html`<p class="muted">${msg('Sign in to see and manage your bookings.', {id: 'my-bookings.sign-in.intro', desc: 'Prompt for a visitor who is not signed in'})}</p>`}
    ${context.loginOpen
      ? context.login
      : html`<div class="actions">
          ${renderButton({label: msg('Sign in', {id: 'my-bookings.sign-in', desc: 'Button that opens the sign-in box'}), variant: 'primary', onClick: handlers.onSignIn})}
        </div>`}
  `;
}

// ---------------------------------------------------------------------------------------------
// Lists

function tabLabel(tab: MyBookingsTab): string {
  return tab === 'upcoming'
    ? msg('Upcoming', {id: 'my-bookings.tab.upcoming', desc: 'Tab with the bookings still to come'})
    : msg('Past', {id: 'my-bookings.tab.past', desc: 'Tab with earlier and cancelled bookings'});
}

function renderCard(booking: Booking, flow: MyBookingsFlow, context: ViewContext, onOpen: (booking: Booking) => void) {
  const who = [booking.staffName, booking.resourceName].filter(Boolean).join(' · ');
  return html`<li part="booking-card" class="card">
    <div class="card-body">
      <div class="card-heading">
        <h3 class="card-title">
          <button part="booking-button" class="card-link" type="button" data-id=${String(booking.id)} @click=${() => onOpen(booking)}>${booking.serviceName}</button>
        </h3>
        ${renderStatus(booking.status)}
      </div>
      <p class="when">${whenOf(booking, flow, context)}</p>
      ${who ? html`<p class="muted">${who}</p>` : nothing}
    </div>
  </li>`;
}

export function renderList(
  flow: MyBookingsFlow,
  context: ViewContext,
  handlers: {onTab(tab: MyBookingsTab): void; onPage(page: number): void; onOpen(booking: Booking): void},
) {
  const list = flow.lists[flow.tab];
  const result = list.result;
  let body: unknown;
  if (!result) body = list.error ? nothing : renderSkeleton(['card', 'card']);
  else if (result.items.length === 0)
    body = html`<p class="empty">
      ${flow.tab === 'upcoming'
        ? msg('You have no upcoming bookings.', {id: 'my-bookings.empty.upcoming', desc: 'The member has nothing booked ahead'})
        : msg('You have no past bookings yet.', {id: 'my-bookings.empty.past', desc: 'The member has no earlier bookings'})}
    </p>`;
  else
    body = html`<ul part="booking-list" class="card-list" aria-busy=${list.busy ? 'true' : 'false'}>
      ${result.items.map((booking) => renderCard(booking, flow, context, handlers.onOpen))}
    </ul>`;
  return html`
    ${renderStepHeader(heading())}
    ${renderTabs(
      {tabs: TABS, selected: flow.tab, label: heading(), labelOf: tabLabel, panelId: 'bookings-panel', onSelect: handlers.onTab},
      html`${result?.items.length ? renderTimezoneNote(flow, context) : nothing}
        ${renderErrorBanner(list.error, () => handlers.onPage(list.page))} ${body}
        ${result?.pagination ? renderPager({...result.pagination, busy: list.busy, onPage: handlers.onPage}) : nothing}`,
    )}
  `;
}

