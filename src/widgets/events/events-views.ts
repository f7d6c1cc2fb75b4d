import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isSafeLinkUrl} from '../../api/urls.js';
import {isFavApiError} from '../../api/errors.js';
import type {Event, EventDate} from '../../api/schemas/events.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {knownTimeZone} from '../../i18n/locale.js';
import {formatDate, formatMoney, timeZoneLabel} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {bookableDates, isPast, nextDate, seatsLeft, upcomingFirst, type EventsFlow} from './events-flow.js';

/** What a view needs from the element besides the flow. */
export interface ViewContext {
  locale: string;
  hidePast: boolean;
  /** The tenant's time zone, when known. */
  tenantTimezone?: string;
  /** The visitor's own time zone. */
  visitorTimezone: string;
  memberName?: string;
  /** The sign-in box, when the visitor asked for it. */
  login: TemplateResult | typeof nothing;
  showLogin(): void;
}

/**
 * Where an event's times are shown: in-person and hybrid events in the venue's zone (the event's,
 * else the tenant's; named when the visitor's differs), online events in the visitor's own zone.
 */
export function zoneOf(event: Event, context: ViewContext): {timeZone?: string; label?: string} {
  if (event.deliveryMode === 'online') return {};
  const timeZone = knownTimeZone(event.timezone) ?? context.tenantTimezone;
  if (timeZone) return timeZone === context.visitorTimezone ? {timeZone} : {timeZone, label: timeZoneLabel(timeZone, context.locale)};
  // Tenant zone unknown (no resolve-domain): the offset the API wrote the times with is the venue's.
  const offset = offsetZone(event.dates[0]?.startTime);
  if (!offset) return {};
  return offset.minutes === -new Date(event.dates[0]!.startTime!).getTimezoneOffset() ? {timeZone: offset.zone} : {timeZone: offset.zone, label: timeZoneLabel(offset.zone, context.locale)};
}

/** An Intl time zone for the offset of an ISO date-time (`+08:00`, or `Etc/GMT-8` where offsets are not supported). */
function offsetZone(value: string | null | undefined): {zone: string; minutes: number} | undefined {
  const match = value ? /(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(value) : null;
  if (!match) return undefined;
  if (match[1]!.toUpperCase() === 'Z') return {zone: 'UTC', minutes: 0};
  const minutes = (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
  const zone = `${match[2]}${match[3]}:${match[4]}`;
  if (knownTimeZone(zone)) return {zone, minutes};
  if (minutes % 60) return undefined;
  const hours = minutes / 60;
  return {zone: hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`, minutes};
}

/** "Tue, 3 Dec, 19:00–20:15 (Hong Kong Time)"; all-day sessions show their dates only. */
export function formatSession(date: EventDate, event: Event, context: ViewContext): string {
  const {timeZone, label} = zoneOf(event, context);
  const day: Intl.DateTimeFormatOptions = {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone};
  const clock: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit', timeZone};
  const start = formatDate(date.startTime, context.locale, day);
  if (date.allDay) {
    const end = date.endTime ? formatDate(date.endTime, context.locale, day) : start;
    return end === start ? start : `${start} – ${end}`;
  }
  const endDay = date.endTime ? formatDate(date.endTime, context.locale, day) : start;
  const from = formatDate(date.startTime, context.locale, clock);
  const range = !date.endTime
    ? `${start}, ${from}`
    : endDay === start
      ? `${start}, ${from}–${formatDate(date.endTime, context.locale, clock)}`
      : `${start}, ${from} – ${endDay}, ${formatDate(date.endTime, context.locale, clock)}`;
  return label ? `${range} (${label})` : range;
}

export function whereOf(event: Event): string {
  if (event.deliveryMode === 'online') return msg('Online', {id: 'events.online', desc: 'Where an online event takes place'});
  const venue = event.venue ?? '';
  if (event.deliveryMode === 'hybrid') {
    return venue
      ? msg(str`${venue} or online`, {id: 'events.hybrid', desc: 'Where a hybrid event takes place: a venue or online'})
      : msg('In person or online', {id: 'events.hybrid-no-venue', desc: 'A hybrid event without a named venue'});
  }
  return venue;
}

export function seatsText(seats: number): string {
  return seats === 1
    ? msg('1 seat left', {id: 'events.seats-one', desc: 'One seat is left'})
    : msg(str`${seats} seats left`, {id: 'events.seats', desc: 'How many seats are left'});
}

/** The availability note of an event: cancelled, ended, sold out, or seats left. */
export function availabilityOf(event: Event): {text: string; tone: 'muted' | 'warning'} | undefined {
  if (event.status === 'cancelled') return {text: msg('Cancelled', {id: 'events.cancelled', desc: 'The event was cancelled'}), tone: 'warning'};
  if (isPast(event)) return {text: msg('Ended', {id: 'events.ended', desc: 'The event is over'}), tone: 'muted'};
  if (!bookableDates(event).length) return {text: msg('Sold out', {id: 'events.sold-out', desc: 'No seats are left'}), tone: 'warning'};
  const seats = event.showRemainingQuota ? seatsLeft(event) : null;
  return seats !== null ? {text: seatsText(seats), tone: seats <= 5 ? 'warning' : 'muted'} : undefined;
}

export function priceOf(event: Event, locale: string): string {
  return formatMoney(event.price, event.currency, locale);
}


const listHeading = () => msg('Events', {id: 'events.heading', desc: 'Heading of the event list'});

export function renderList(flow: EventsFlow, context: ViewContext, handlers: {onSearch(text: string): void; onPage(page: number): void; onOpen(event: Event): void}) {
  const list = flow.events;
  const items = list ? upcomingFirst(context.hidePast ? list.items.filter((event) => !isPast(event)) : list.items) : [];
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('search') as HTMLInputElement;
    handlers.onSearch(input.value.trim());
  };
  return html`
    ${renderStepHeader(listHeading())}
    <form part="search" class="search" role="search" @submit=${submit}>
      ${renderField({
        id: 'search',
        name: 'search',
        type: 'text',
        inputmode: 'search',
        label: msg('Search events', {id: 'events.search', desc: 'Label of the event search box'}),
        value: flow.search,
      })}
      ${renderButton({label: msg('Search', {id: 'events.search-button', desc: 'Button that runs the event search'}), type: 'submit', variant: 'secondary', busy: flow.busy})}
    </form>
    ${renderErrorBanner(flow.error, () => handlers.onPage(flow.page))}
    ${!list
      ? renderSkeleton(['card', 'card'])
      : items.length === 0
        ? html`<p class="empty" role="status">
            ${flow.search
              ? msg(str`No events match “${flow.search}”.`, {id: 'events.no-match', desc: 'Empty search result'})
              : msg('There are no events right now.', {id: 'events.none', desc: 'The tenant has no events to show'})}
          </p>`
        : html`<ul part="event-list" class="card-list" aria-busy=${flow.busy ? 'true' : 'false'}>
            ${items.map((event) => renderCard(event, context, () => handlers.onOpen(event)))}
          </ul>`}
    ${list?.pagination ? renderPager({...list.pagination, busy: flow.busy, onPage: handlers.onPage}) : nothing}
  `;
}

function renderCard(event: Event, context: ViewContext, onOpen: () => void) {
  const date = nextDate(event);
  const availability = availabilityOf(event);
  const where = whereOf(event);
  return html`<li part="event-card" class="card">
    ${event.image && isSafeLinkUrl(event.image)
      ? html`<img part="event-image" class="card-image" src=${event.image} alt="" loading="lazy" width="320" height="180" />`
      : nothing}
    <div class="card-body">
      <h3 class="card-title"><button part="event-button" class="card-link" type="button" @click=${onOpen}>${event.title}</button></h3>
      ${date ? html`<p part="event-date" class="event-date">${formatSession(date, event, context)}</p>` : nothing}
      <p class="meta">
        ${where ? html`<span part="venue">${where}</span>` : nothing}
        <span part="price" class="price">${priceOf(event, context.locale)}</span>
        ${availability ? html`<span part="availability" class="availability ${availability.tone}">${availability.text}</span>` : nothing}
      </p>
    </div>
  </li>`;
}

export function renderUnavailable(flow: EventsFlow, handlers: {onRetry(): void; onList(): void}) {
  const notFound = isFavApiError(flow.error) && flow.error.status === 404;
  return html`
    ${renderStepHeader(listHeading())}
    ${notFound
      ? renderBanner({tone: 'warning', message: msg('This event could not be found.', {id: 'events.missing', desc: 'The event slug is unknown'})})
      : renderErrorBanner(flow.error, handlers.onRetry)}
    ${notFound || flow.preset.slug
      ? renderButton({label: msg('See all events', {id: 'events.see-all', desc: 'Link to the event list'}), variant: 'secondary', onClick: handlers.onList})
      : nothing}
  `;
}
