import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import type {Service} from '../../api/schemas/booking.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {formatMoney} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import type {BookingFlow} from './booking-flow.js';

/** What a view needs from the element besides the flow. */
export interface ViewContext {
  locale: string;
  hideSearch: boolean;
  /** The visitor's own time zone. */
  visitorTimezone: string;
  /** The signed-in member's name, when there is one. */
  memberName?: string;
  /** The sign-in box, when the visitor asked to sign in (or must). */
  login: TemplateResult | typeof nothing;
  showLogin(): void;
}

export function priceOf(service: Service, locale: string): string {
  return service.displayPrice || formatMoney(service.price, service.currency, locale);
}

export function duration(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return msg(str`${hours} h`, {id: 'booking.duration.hours', desc: 'A duration in whole hours, e.g. "2 h"'});
  }
  return msg(str`${minutes} min`, {id: 'booking.duration.minutes', desc: 'A duration in minutes, e.g. "45 min"'});
}

// ---------------------------------------------------------------------------------------------
// Services

export function renderServices(flow: BookingFlow, context: ViewContext, handlers: {onSearch(text: string): void; onPage(page: number): void; onOpen(service: Service): void}) {
  const list = flow.services;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('search') as HTMLInputElement;
    handlers.onSearch(input.value.trim());
  };
  return html`
    ${renderStepHeader(msg('Book an appointment', {id: 'booking.services.heading', desc: 'Heading of the service list'}))}
    ${context.hideSearch
      ? nothing
      : html`<form part="search" class="search" role="search" @submit=${submit}>
          ${renderField({
            id: 'search',
            name: 'search',
            type: 'text',
            inputmode: 'search',
            label: msg('Search services', {id: 'booking.services.search', desc: 'Label of the service search box'}),
            value: flow.search,
          })}
          ${renderButton({label: msg('Search', {id: 'booking.services.search-button', desc: 'Button that runs the service search'}), type: 'submit', variant: 'secondary', busy: flow.busy})}
        </form>`}
    ${renderErrorBanner(flow.error, () => handlers.onPage(flow.page))}
    ${!list
      ? renderSkeleton(['card', 'card'])
      : list.items.length === 0
        ? html`<p class="empty" role="status">
            ${flow.search
              ? msg(str`No services match “${flow.search}”.`, {id: 'booking.services.no-match', desc: 'Empty search result'})
              : msg('There are no services to book right now.', {id: 'booking.services.none', desc: 'The tenant has no bookable services'})}
          </p>`
        : html`<ul part="service-list" class="card-list" aria-busy=${flow.busy ? 'true' : 'false'}>
            ${list.items.map(
              (service) => html`<li part="service-card" class="card">
                ${service.coverImage ? html`<img part="service-image" class="card-image" src=${service.coverImage} alt="" loading="lazy" width="320" height="180" />` : nothing}
                <div class="card-body">
                  <h3 class="card-title">
                    <button part="service-button" class="card-link" type="button" @click=${() => handlers.onOpen(service)}>${service.name}</button>
                  </h3>
                  <p class="meta">
                    <span>${duration(service.durationMinutes)}</span>
                    <span part="price" class="price">${priceOf(service, context.locale)}</span>
                  </p>
                  ${service.description ? html`<p class="card-text">${service.description}</p>` : nothing}
                </div>
              </li>`,
            )}
          </ul>`}
    ${list?.pagination
      ? renderPager({...list.pagination, busy: flow.busy, onPage: handlers.onPage})
      : nothing}
  `;
}

// ---------------------------------------------------------------------------------------------
// Service detail, staff and resources

export function renderService(flow: BookingFlow, context: ViewContext, handlers: {onContinue(): void; onBack(): void}) {
  const service = flow.service!;
  const anyLabel = msg('Any available', {id: 'booking.choice.any', desc: 'Option: no preference for staff or room'});
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    handlers.onContinue();
  };
  const staffChoices = [
    ...(service.requiresStaff ? [] : [{id: '', name: anyLabel, note: '', image: null as string | null}]),
    ...flow.staff.map((person) => ({id: String(person.memberId), name: person.memberName, note: person.title ?? '', image: person.avatarUrl})),
  ];
  const resourceChoices = [
    ...(service.requiresResource ? [] : [{id: '', name: anyLabel, note: '', image: null as string | null}]),
    ...flow.resources.map((resource) => ({id: String(resource.resourceId), name: resource.resourceName, note: '', image: null as string | null})),
  ];
  const choiceGroup = (
    name: 'staff' | 'resource',
    legend: string,
    choices: {id: string; name: string; note: string; image: string | null}[],
    value: string,
    error: string | undefined,
    onChange: (id: string) => void,
  ) => html`<fieldset part="choice-group" class="choices people ${error ? 'invalid' : ''}" aria-describedby=${error ? `${name}-error` : nothing}>
    <legend part="label" class="label">${legend}</legend>
    ${choices.map(
      (choice) => html`<label part="choice" class="choice">
        <input type="radio" name=${name} value=${choice.id} .checked=${choice.id === value} @change=${() => onChange(choice.id)} />
        ${choice.image ? html`<img class="avatar" src=${choice.image} alt="" width="32" height="32" />` : nothing}
        <span class="choice-text"><span>${choice.name}</span>${choice.note ? html`<span class="muted">${choice.note}</span>` : nothing}</span>
      </label>`,
    )}
    ${error ? html`<p part="error" class="error" id="${name}-error"><span aria-hidden="true">⚠ </span>${error}</p>` : nothing}
  </fieldset>`;
  return html`
    ${renderButton({label: msg('All services', {id: 'booking.back-to-services', desc: 'Link back to the service list'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(service.name)}
    ${service.coverImage ? html`<img part="service-image" class="hero-image" src=${service.coverImage} alt="" width="640" height="360" />` : nothing}
    <p class="meta">
      <span>${duration(service.durationMinutes)}</span>
      <span part="price" class="price">${priceOf(service, context.locale)}</span>
    </p>
    ${service.description ? html`<p class="description">${service.description}</p>` : nothing}
    ${service.address ? html`<p class="muted">${service.address}</p>` : nothing}
    ${service.requireLogin
      ? renderBanner({tone: 'info', message: msg('Members only: you will sign in before you book.', {id: 'booking.members-only', desc: 'The service needs a signed-in member'})})
      : nothing}
    <form part="form" class="form" novalidate @submit=${submit}>
      ${flow.staff.length
        ? choiceGroup('staff', msg('Who would you like?', {id: 'booking.staff.legend', desc: 'Legend of the staff choice'}), staffChoices, flow.staffId, flow.choiceErrors.staff, (id) =>
            flow.chooseStaff(id),
          )
        : nothing}
      ${flow.resources.length
        ? choiceGroup('resource', msg('Which room?', {id: 'booking.resource.legend', desc: 'Legend of the room or equipment choice'}), resourceChoices, flow.resourceId, flow.choiceErrors.resource, (id) =>
            flow.chooseResource(id),
          )
        : nothing}
      <div class="actions">
        ${renderButton({label: msg('Choose a time', {id: 'booking.to-time', desc: 'Button from the service to the calendar'}), type: 'submit', variant: 'primary'})}
      </div>
    </form>
  `;
}

export function renderUnavailable(flow: BookingFlow, handlers: {onRetry(): void; onServices(): void}) {
  const notFound = isFavApiError(flow.error) && flow.error.status === 404;
  return html`
    ${renderStepHeader(msg('Book an appointment', {id: 'booking.services.heading', desc: 'Heading of the service list'}))}
    ${notFound
      ? renderBanner({tone: 'warning', message: msg('This service is not available for booking.', {id: 'booking.service-missing', desc: 'The service id is unknown'})})
      : renderErrorBanner(flow.error, handlers.onRetry)}
    ${notFound ? renderButton({label: msg('See all services', {id: 'booking.see-all', desc: 'Link to the service list'}), variant: 'secondary', onClick: handlers.onServices}) : nothing}
  `;
}
