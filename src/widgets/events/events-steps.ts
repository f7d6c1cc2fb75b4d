/**
 * The later steps of `<fav-events>`: the event detail, the registration form, the payment step and
 * the status and access view. Loaded after the list is on screen, so the first view stays small.
 */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {Event, EventDate} from '../../api/schemas/events.js';
import {isSafeLinkUrl, isSafeRedirectUrl} from '../../api/urls.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField, renderSelectField} from '../../ui/field.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {formatDate, formatMoney} from '../../ui/format.js';
import {fromCents, toCents} from '../../ui/money.js';
import {renderPrice} from '../../ui/price.js';
import {promotionLabel, renderPromotionField} from '../../ui/promotion-field.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {icsDataUrl} from '../shared/calendar-file.js';
import {keepTyped, prefilled} from '../shared/prefill.js';
import {sanitizeHtml} from './event-html.js';
import type {EventsCheckout, PaymentMethodOption} from './events-checkout.js';
import {bookableDates, isPast, maxQuantity, type Attendee, type AttendeeField, type EventsFlow} from './events-flow.js';
import {availabilityOf, formatSession, priceOf, seatsText, whereOf, zoneOf, type ViewContext} from './events-views.js';

export {EventsCheckout} from './events-checkout.js';
export {stepStyles} from './events-steps.styles.js';

const back = () => msg('Back', {id: 'events.back', desc: 'Button to the previous step'});

function totalOf(event: Event, quantity: number): string {
  return fromCents(toCents(event.price) * quantity);
}

function rows(list: [string, string | TemplateResult][]) {
  return html`<dl part="summary" class="summary">
    ${list.map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

// ---------------------------------------------------------------------------------------------
// Detail

function sessionLine(date: EventDate, event: Event, context: ViewContext) {
  const seats = event.showRemainingQuota && typeof date.remainingQuota === 'number' && date.remainingQuota > 0 ? seatsText(date.remainingQuota) : '';
  const full = date.isFull || date.remainingQuota === 0;
  return html`<li part="session" class="session">
    <span>${formatSession(date, event, context)}</span>
    ${full ? html`<span class="availability warning">${msg('Sold out', {id: 'events.sold-out', desc: 'No seats are left'})}</span>` : seats ? html`<span class="availability muted">${seats}</span>` : nothing}
  </li>`;
}

function list(items: readonly string[]) {
  return items.length ? html`<ul class="plain-list">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
}

function section(title: string, body: unknown) {
  return html`<section class="section"><h3 class="subheading">${title}</h3>${body}</section>`;
}

function renderPresentation(event: Event) {
  const p = event.publicPresentation;
  if (!p) return nothing;
  const practical = p.practical
    ? ([
        [msg('Getting there', {id: 'events.transit', desc: 'Practical info: how to get there'}), p.practical.transit],
        [msg('Accessibility', {id: 'events.accessibility', desc: 'Practical info: accessibility'}), p.practical.accessibility],
        [msg('Language', {id: 'events.language', desc: 'Practical info: language'}), p.practical.language],
        [msg('Capacity', {id: 'events.capacity', desc: 'Practical info: how many people'}), p.practical.capacity],
        [msg('Before you come', {id: 'events.preparation', desc: 'Practical info: how to prepare'}), p.practical.preparation],
      ].filter(([, value]) => value) as [string, string][])
    : [];
  const facilitator = p.facilitator?.name ? p.facilitator : undefined;
  return html`
    ${p.overview.length ? html`<div class="overview">${p.overview.map((line) => html`<p>${line}</p>`)}</div>` : nothing}
    ${p.highlights.length
      ? section(
          msg('Highlights', {id: 'events.highlights', desc: 'Heading of the event highlights'}),
          html`<dl class="pairs">${p.highlights.map((h) => html`<dt>${h.title}</dt><dd>${h.description}</dd>`)}</dl>`,
        )
      : nothing}
    ${p.agenda.length
      ? section(
          msg('Programme', {id: 'events.agenda', desc: 'Heading of the event agenda'}),
          html`<ol part="agenda" class="agenda">
            ${p.agenda.map((item) => html`<li><span class="agenda-time">${item.time}</span> <strong>${item.title}</strong>${item.description ? html` – ${item.description}` : nothing}</li>`)}
          </ol>`,
        )
      : nothing}
    ${p.audience.length ? section(msg('Who it is for', {id: 'events.audience', desc: 'Heading of the event audience'}), list(p.audience)) : nothing}
    ${facilitator
      ? section(
          msg('Your host', {id: 'events.facilitator', desc: 'Heading of the facilitator'}),
          html`<p><strong>${facilitator.name}</strong>${facilitator.role ? html`, ${facilitator.role}` : nothing}</p>${facilitator.bio ? html`<p>${facilitator.bio}</p>` : nothing}`,
        )
      : nothing}
    ${p.includes.length ? section(msg('Included', {id: 'events.includes', desc: 'Heading of what the ticket includes'}), list(p.includes)) : nothing}
    ${practical.length ? section(msg('Practical information', {id: 'events.practical', desc: 'Heading of practical information'}), rows(practical)) : nothing}
    ${p.policy ? section(msg('Cancellation policy', {id: 'events.policy', desc: 'Heading of the refund policy'}), html`<p>${p.policy}</p>`) : nothing}
    ${p.faq.length
      ? section(
          msg('Questions', {id: 'events.faq', desc: 'Heading of the FAQ'}),
          html`<dl class="pairs">${p.faq.map((f) => html`<dt>${f.question}</dt><dd>${f.answer}</dd>`)}</dl>`,
        )
      : nothing}
  `;
}

export function renderDetail(flow: EventsFlow, context: ViewContext, handlers: {onRegister(): void; onBack(): void}) {
  const event = flow.event!;
  const bookable = bookableDates(event);
  const availability = availabilityOf(event);
  const {label} = zoneOf(event, context);
  const description = [event.introduction, event.content].filter((part): part is string => Boolean(part)).join('');
  const sessions = [...event.dates].sort((a, b) => Date.parse(a.startTime ?? '') - Date.parse(b.startTime ?? ''));
  const earlyBird = event.pricingSource === 'early_bird' && event.earlyBirdEndsAt;
  return html`
    ${renderButton({label: msg('All events', {id: 'events.back-to-list', desc: 'Link back to the event list'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(event.title)}
    ${event.image && isSafeLinkUrl(event.image) ? html`<img part="event-image" class="hero-image" src=${event.image} alt="" width="640" height="360" />` : nothing}
    <p class="meta">
      ${renderPrice({amount: event.price, currency: event.currency, locale: context.locale, regular: event.regularPrice})}
      ${availability ? html`<span part="availability" class="availability ${availability.tone}">${availability.text}</span>` : nothing}
    </p>
    ${earlyBird
      ? html`<p class="muted">
          ${msg(str`Early-bird price until ${formatDate(event.earlyBirdEndsAt, context.locale, {dateStyle: 'long', timeZone: zoneOf(event, context).timeZone})}.`, {
            id: 'events.early-bird',
            desc: 'The early-bird price ends on a date',
          })}
        </p>`
      : nothing}
    ${event.registered
      ? renderBanner({tone: 'info', message: msg('You are registered for this event.', {id: 'events.registered', desc: 'The signed-in member already registered'})})
      : nothing}
    ${rows([
      [msg('Where', {id: 'events.where', desc: 'Detail row: the venue'}), html`${whereOf(event)}${event.venueAddress && event.deliveryMode !== 'online' ? html`<br />${event.venueAddress}` : nothing}`],
      ...(event.quota && !event.publicPresentation?.practical?.capacity
        ? ([[msg('Capacity', {id: 'events.capacity', desc: 'Practical info: how many people'}), event.quota]] as [string, string][])
        : []),
    ])}
    ${section(
      sessions.length > 1 ? msg('Dates', {id: 'events.dates', desc: 'Heading of the event sessions'}) : msg('Date', {id: 'events.date', desc: 'Heading of the one event session'}),
      html`<ul part="session-list" class="plain-list sessions">${sessions.map((date) => sessionLine(date, event, context))}</ul>
        ${label
          ? html`<p part="timezone" class="timezone">${msg(str`Times are shown in ${label}.`, {id: 'events.timezone', desc: 'Times are in the venue time zone'})}</p>`
          : event.deliveryMode === 'online'
            ? html`<p part="timezone" class="timezone">${msg('Times are shown in your time zone.', {id: 'events.timezone-own', desc: 'Online event times are in the visitor zone'})}</p>`
            : nothing}`,
    )}
    ${description ? html`<div part="description" class="description rich">${unsafeHTML(sanitizeHtml(description))}</div>` : nothing}
    ${renderPresentation(event)}
    <div class="actions">
      ${bookable.length
        ? renderButton({label: msg('Register', {id: 'events.register', desc: 'Button that opens the registration form'}), variant: 'primary', onClick: handlers.onRegister})
        : renderBanner({
            tone: 'warning',
            message:
              event.status === 'cancelled'
                ? msg('This event has been cancelled.', {id: 'events.closed.cancelled', desc: 'Registration closed: the event was cancelled'})
                : isPast(event)
                  ? msg('This event has ended.', {id: 'events.closed.past', desc: 'Registration closed: the event is over'})
                  : msg('This event is sold out.', {id: 'events.closed.full', desc: 'Registration closed: no seats'}),
          })}
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------
// Registration form

export interface AttendeeInput {
  name: string;
  email: string;
  phone: string;
  quantity: string;
  sessionId: string;
}

/** Checks the form before anything is sent; phone in E.164 with the tenant's prefix. */
export function validateAttendee(values: AttendeeInput, event: Event, prefix: string, member: boolean): {attendee: Attendee; errors: Partial<Record<AttendeeField, string>>} {
  const phone = values.phone ? withCountryPrefix(values.phone, prefix) : '';
  const quantity = Math.trunc(Number(values.quantity));
  const session = event.dates.find((date) => String(date.id) === values.sessionId);
  const max = maxQuantity(event, session, member);
  const errors: Partial<Record<AttendeeField, string | undefined>> = {
    sessionId: session ? undefined : msg('Please choose a date.', {id: 'events.session.required', desc: 'Error when no session is chosen'}),
    quantity:
      Number.isInteger(quantity) && quantity >= 1 && quantity <= max
        ? undefined
        : msg(str`Enter a number of tickets from 1 to ${max}.`, {id: 'events.quantity.range', desc: 'Error for a ticket count out of range'}),
    name: validateRequired(values.name),
    email: validateRequired(values.email) ?? validateEmail(values.email),
    phone: values.phone ? validatePhone(phone) : undefined,
  };
  return {
    attendee: {name: values.name, email: values.email, phone: phone || values.phone, quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1, sessionId: values.sessionId},
    errors: Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as Partial<Record<AttendeeField, string>>,
  };
}

function fieldError(checkout: EventsCheckout, field: AttendeeField): string | undefined {
  const error = checkout.fieldErrors[field];
  if (error === 'limit') {
    return checkout.limit !== undefined
      ? msg(str`That is more than allowed: you can register at most ${checkout.limit} now.`, {id: 'events.quantity.limit-n', desc: 'The server refused the ticket count; the allowed number'})
      : msg('That is more tickets than allowed.', {id: 'events.quantity.limit', desc: 'The server refused the ticket count'});
  }
  if (error === 'server') return msg('Please check this.', {id: 'events.field.server', desc: 'The server did not accept this field'});
  return error;
}

function sessionExpired(context: ViewContext) {
  return html`<div part="banner banner-warning" class="banner warning" role="alert">
      <p class="banner-message">
        ${msg('Your session has expired. What you entered is kept: continue as a guest, or sign in again.', {
          id: 'events.session-expired',
          desc: 'The member session ended during registration or payment',
        })}
      </p>
      ${renderButton({label: msg('Sign in again', {id: 'events.sign-in-again', desc: 'Open the sign-in box'}), variant: 'secondary', onClick: context.showLogin})}
    </div>
    ${context.login}`;
}

function noticeBanner(flow: EventsFlow, context: ViewContext) {
  switch (flow.notice) {
    case 'sold-out':
      return renderBanner({
        tone: 'warning',
        message: msg('Sorry, there are not enough seats left for this any more. Your details are kept: choose fewer tickets or another date.', {
          id: 'events.notice.sold-out',
          desc: 'The session filled up while registering (409)',
        }),
      });
    case 'already-registered':
      return renderBanner({tone: 'info', message: msg('You are already registered for this date.', {id: 'events.notice.already', desc: 'The member already has a registration (409)'})});
    case 'closed':
      return renderBanner({tone: 'warning', message: msg('Registration for this date has closed.', {id: 'events.notice.closed', desc: 'The session ended or the event was cancelled (409)'})});
    case 'vetoed':
      return renderBanner({tone: 'warning', message: msg('This registration cannot be made here. Please contact us.', {id: 'events.notice.vetoed', desc: 'The host page stopped the registration'})});
    case 'session-expired':
      return sessionExpired(context);
    case 'unsafe-url':
      return renderBanner({tone: 'danger', message: msg('The payment page could not be opened safely. Please contact us to pay.', {id: 'events.notice.unsafe-url', desc: 'The payment URL is not https'})});
    case 'payment-unavailable':
      return renderBanner({tone: 'warning', message: msg('Online payment is not available here. Please contact us to complete your registration.', {id: 'events.notice.no-payment', desc: 'The API offered no hosted payment page'})});
    case 'registration-cancelled':
      return renderBanner({tone: 'warning', message: msg('This registration has been cancelled and can no longer be paid.', {id: 'events.notice.reg-cancelled', desc: 'Paying a cancelled registration (409)'})});
    default:
      return nothing;
  }
}

export function renderRegister(flow: EventsFlow, checkout: EventsCheckout, context: ViewContext, handlers: {onSubmit(values: AttendeeInput): void; onBack(): void}) {
  const event = flow.event!;
  // Fields the visitor has not typed in show the prefill (README "Prefill"); submitting sends what shows.
  const values = prefilled(flow.element, flow.hooks.member(), flow.attendee);
  const dates = bookableDates(event);
  const session = flow.session;
  const max = maxQuantity(event, session, flow.asMember);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const field = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const checked = form.querySelector<HTMLInputElement>('input[name="sessionId"]:checked');
    handlers.onSubmit({name: field('name'), email: field('email'), phone: field('phone'), quantity: field('quantity'), sessionId: checked?.value ?? field('sessionId')});
  };
  const sessionError = fieldError(checkout, 'sessionId');
  const total = totalOf(event, values.quantity);
  // What the visitor types is kept, so a later prefill (a member signing in) leaves it.
  const keep = keepTyped<'name' | 'email' | 'phone'>(flow.element, (field, value) => flow.typed(field, value));
  return html`
    ${renderButton({label: back(), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Register', {id: 'events.register.heading', desc: 'Heading of the registration form'}))}
    <p class="muted">${event.title} · ${priceOf(event, context.locale)}</p>
    ${noticeBanner(flow, context)}
    ${flow.asMember
      ? html`<p part="member" class="muted">${msg(str`Registering as ${context.memberName || values.name}, signed in.`, {id: 'events.as-member', desc: 'The registration is for the signed-in member'})}</p>`
      : flow.notice === 'session-expired'
        ? nothing
        : html`<div class="actions">
              ${renderButton({label: msg('Member? Sign in', {id: 'events.sign-in', desc: 'Open the sign-in box for members'}), variant: 'link', onClick: context.showLogin})}
            </div>
            ${context.login}`}
    <form part="form" class="form" novalidate @submit=${submit}>
      ${dates.length > 1
        ? html`<fieldset part="choice-group" class="choices ${sessionError ? 'invalid' : ''}" aria-describedby=${sessionError ? 'session-error' : nothing}>
            <legend part="label" class="label">${msg('Date', {id: 'events.date', desc: 'Heading of the one event session'})}</legend>
            ${dates.map(
              (date) => html`<label part="choice" class="choice">
                <input type="radio" name="sessionId" value=${String(date.id)} .checked=${String(date.id) === values.sessionId} @change=${() => checkout.chooseSession(String(date.id))} />
                <span class="choice-text"
                  ><span>${formatSession(date, event, context)}</span
                  >${event.showRemainingQuota && date.remainingQuota ? html`<span class="muted">${seatsText(date.remainingQuota)}</span>` : nothing}</span
                >
              </label>`,
            )}
            ${sessionError ? html`<p part="error" class="error" id="session-error"><span aria-hidden="true">⚠ </span>${sessionError}</p>` : nothing}
          </fieldset>`
        : html`<input type="hidden" name="sessionId" .value=${values.sessionId} />
            ${session ? html`<p part="session" class="session">${formatSession(session, event, context)}</p>` : nothing}
            ${sessionError ? html`<p part="error" class="error" role="alert">${sessionError}</p>` : nothing}`}
      ${renderSelectField({
        id: 'quantity',
        name: 'quantity',
        label: msg('Tickets', {id: 'events.quantity', desc: 'Label of the ticket count'}),
        value: String(Math.min(values.quantity, max)),
        options: Array.from({length: max}, (_, i) => ({value: String(i + 1), label: String(i + 1)})),
        hint: msg(str`Up to ${max} per registration.`, {id: 'events.quantity.hint', desc: 'The most tickets one registration can take'}),
        error: fieldError(checkout, 'quantity'),
        onChange: (e) => checkout.chooseQuantity(Number((e.target as HTMLSelectElement).value)),
      })}
      ${renderField({id: 'name', name: 'name', label: msg('Name', {id: 'events.name', desc: 'Label of the attendee name'}), autocomplete: 'name', value: values.name, required: true, error: fieldError(checkout, 'name'), onInput: keep('name')})}
      ${renderField({
        id: 'email',
        name: 'email',
        type: 'email',
        label: msg('Email', {id: 'events.email', desc: 'Label of the attendee email'}),
        autocomplete: 'email',
        inputmode: 'email',
        value: values.email,
        required: true,
        hint: msg('Your confirmation is sent here.', {id: 'events.email.hint', desc: 'Why the email is asked'}),
        error: fieldError(checkout, 'email'),
        onInput: keep('email'),
      })}
      ${renderField({
        id: 'phone',
        name: 'phone',
        type: 'tel',
        label: msg('Mobile number (optional)', {id: 'events.phone', desc: 'Label of the optional attendee phone'}),
        autocomplete: 'tel',
        inputmode: 'tel',
        value: checkout.phonePrefix && values.phone.startsWith(checkout.phonePrefix) ? values.phone.slice(checkout.phonePrefix.length) : values.phone,
        prefix: checkout.phonePrefix || undefined,
        error: fieldError(checkout, 'phone'),
        onInput: keep('phone'),
      })}
      ${Number(total) > 0
        ? renderPromotionField(
            checkout.promotion,
            msg('The discount is applied when you register, and shown before you pay.', {id: 'events.promo.hint', desc: 'When the promotion code takes effect for an event'}),
            {
              onOpen: () => checkout.promotion.open(),
              onInput: (value) => checkout.promotion.typed(value),
              onApply: () => checkout.promotion.apply(),
              onRemove: () => checkout.promotion.remove(),
            },
          )
        : nothing}
      <p part="total" class="total">${msg('Total', {id: 'events.total', desc: 'The total price'})}: <strong>${formatMoney(total, event.currency, context.locale)}</strong></p>
      ${renderErrorBanner(flow.error, () => handlers.onSubmit({...values, quantity: String(values.quantity)}))}
      <div class="actions">
        ${renderButton({
          label: Number(total) > 0
            ? msg('Register and pay', {id: 'events.register.paid', desc: 'Submit button of a paid registration'})
            : msg('Register', {id: 'events.register', desc: 'Button that opens the registration form'}),
          type: 'submit',
          variant: 'primary',
          busy: flow.busy,
        })}
      </div>
    </form>
  `;
}

// ---------------------------------------------------------------------------------------------
// Payment

export function renderPayment(flow: EventsFlow, checkout: EventsCheckout, context: ViewContext, methods: readonly PaymentMethodOption[], handlers: {onPay(): void}) {
  const registration = checkout.registration!;
  const event = flow.event;
  const session = flow.session;
  const currency = registration.currency || event?.currency || '';
  const amount = formatMoney(registration.totalAmount, currency, context.locale);
  const code = checkout.promotionSent;
  // The discount: the tickets at the event's price less the registration's total (C9 gives no discount of its own).
  const discount = code && event ? toCents(event.price) * (registration.quantity ?? flow.attendee.quantity) - toCents(registration.totalAmount) : 0;
  return html`
    ${renderStepHeader(msg('Payment', {id: 'events.payment.heading', desc: 'Heading of the payment step'}))}
    ${renderBanner({
      tone: 'info',
      message: msg('Your place is held. Pay now to confirm it.', {id: 'events.payment.held', desc: 'The registration waits for payment'}),
    })}
    ${noticeBanner(flow, context)}
    ${rows([
      [msg('Reference', {id: 'events.reference', desc: 'The registration reference'}), String(registration.id)],
      [msg('Event', {id: 'events.event', desc: 'Summary row: the event'}), registration.eventTitle || event?.title || ''],
      ...(session && event ? ([[msg('Date', {id: 'events.date', desc: 'Heading of the one event session'}), formatSession(session, event, context)]] as [string, string][]) : []),
      [msg('Tickets', {id: 'events.quantity', desc: 'Label of the ticket count'}), String(registration.quantity ?? flow.attendee.quantity)],
      ...(code ? ([[promotionLabel(), code]] as [string, string][]) : []),
      ...(discount > 0 ? ([[msg('Discount', {id: 'events.discount', desc: 'Summary row: the promotion code discount'}), `−${formatMoney(fromCents(discount), currency, context.locale)}`]] as [string, string][]) : []),
      [msg('Total', {id: 'events.total', desc: 'The total price'}), amount],
    ])}
    ${methods.length > 1
      ? html`<fieldset part="choice-group" class="choices">
          <legend part="label" class="label">${msg('Payment method', {id: 'events.payment.method', desc: 'Legend of the payment method choice'})}</legend>
          ${methods.map(
            (method) => html`<label part="choice" class="choice">
              <input type="radio" name="paymentMethod" value=${method.id} .checked=${method.id === checkout.paymentMethodId} @change=${() => checkout.choosePaymentMethod(method.id)} />
              <span>${method.name}</span>
            </label>`,
          )}
        </fieldset>`
      : nothing}
    ${renderErrorBanner(flow.error, handlers.onPay)}
    <p class="muted">${msg('You will pay on a secure payment page and come back here.', {id: 'events.payment.note', desc: 'Explains the hosted payment redirect'})}</p>
    <div class="actions">
      ${renderButton({
        label: msg(str`Pay ${amount}`, {id: 'events.pay', desc: 'Button that goes to the payment page, with the amount'}),
        variant: 'primary',
        busy: flow.busy,
        disabled: flow.notice === 'registration-cancelled' || flow.notice === 'unsafe-url',
        onClick: handlers.onPay,
      })}
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------
// Status and access

function calendarLink(flow: EventsFlow, checkout: EventsCheckout) {
  const event = flow.event;
  const session = flow.session;
  const id = String(checkout.access?.registrationId ?? checkout.registration?.id ?? checkout.returning?.registrationId ?? '');
  if (!event || !session?.startTime || !id) return nothing;
  const location = event.deliveryMode === 'online' ? null : [event.venue, event.venueAddress].filter(Boolean).join(', ');
  const ics = icsDataUrl({
    uid: `${id}@fav-widgets`,
    title: event.title,
    start: session.startTime,
    end: session.endTime ?? session.startTime,
    location,
    description: msg(str`Registration reference ${id}`, {id: 'events.ics.description', desc: 'Text in the calendar file'}),
  });
  return html`<a part="button button-secondary calendar-link" class="button secondary" href=${ics} download=${`event-${id}.ics`}
    >${msg('Add to calendar', {id: 'events.add-to-calendar', desc: 'Link that downloads an .ics file'})}</a
  >`;
}

function renderAccess(flow: EventsFlow, checkout: EventsCheckout, context: ViewContext) {
  const access = checkout.access!;
  const event = flow.event;
  const id = String(access.registrationId ?? checkout.returning?.registrationId ?? checkout.registration?.id ?? '');
  const opens = access.availableAt && Date.parse(access.availableAt) > Date.now() ? access.availableAt : null;
  const join = access.canAccess && isSafeRedirectUrl(access.accessUrl) && access.accessUrl.startsWith('https:') ? access.accessUrl : null;
  const inPerson = access.deliveryMode !== 'online' && event && event.deliveryMode !== 'online';
  return html`<section part="access" class="access" aria-labelledby="access-heading">
    <h3 class="subheading" id="access-heading">${msg('Your ticket', {id: 'events.ticket', desc: 'Heading of the access view'})}</h3>
    <p class="muted">${msg('Reference', {id: 'events.reference', desc: 'The registration reference'})}</p>
    <p part="access-code" class="access-code">${id}</p>
    ${access.accessInstructions ? html`<p part="access-instructions">${access.accessInstructions}</p>` : nothing}
    ${inPerson && event?.venue ? html`<p>${event.venue}${event.venueAddress ? html`<br />${event.venueAddress}` : nothing}</p>` : nothing}
    ${opens
      ? html`<p>${msg(str`Online access opens ${formatDate(opens, context.locale, {dateStyle: 'medium', timeStyle: 'short'})}.`, {id: 'events.access.opens', desc: 'When the join link becomes available'})}</p>`
      : nothing}
    ${join
      ? html`<a part="button button-primary join-link" class="button primary" href=${join} target="_blank" rel="noopener noreferrer"
          >${msg('Join online', {id: 'events.join', desc: 'Link to the online event'})}</a
        >`
      : nothing}
  </section>`;
}

export function renderStatus(flow: EventsFlow, checkout: EventsCheckout, context: ViewContext, handlers: {onCheck(): void; onPay(): void; onAgain(): void; onList(): void}) {
  const {returning, access, outcome, intent} = checkout;
  const allEvents = renderButton({label: msg('See all events', {id: 'events.see-all', desc: 'Link to the event list'}), variant: 'secondary', onClick: handlers.onList});
  if (returning?.state === 'missing') {
    return html`
      ${renderStepHeader(msg('Registration not found', {id: 'events.status.missing', desc: 'Heading when the registration is unknown'}))}
      ${renderBanner({
        tone: 'warning',
        message: msg('We could not find this registration for you. It may belong to someone else, or this link has expired. If you registered as a member, sign in to see it.', {
          id: 'events.status.missing-text',
          desc: 'The registration in the link is unknown or not this visitor’s',
        }),
      })}
      <div class="actions">${allEvents}</div>
    `;
  }
  if (returning?.state === 'session-expired') {
    return html`
      ${renderStepHeader(msg('Please sign in', {id: 'events.status.sign-in', desc: 'Heading when the session expired on return'}))}
      ${sessionExpired(context)}
    `;
  }
  if (!access || !outcome) {
    if (flow.error) {
      return html`${renderStepHeader(msg('Checking your registration', {id: 'events.status.checking', desc: 'Heading while access is checked'}))}
      ${renderErrorBanner(flow.error, handlers.onCheck)}`;
    }
    if (outcome === 'pending' && intent?.paymentInstructions) {
      return html`${renderStepHeader(msg('Payment pending', {id: 'events.status.pending', desc: 'Heading when the payment is not through yet'}))}
        ${renderBanner({tone: 'info', message: intent.paymentInstructions})}`;
    }
    return html`${renderStepHeader(msg('Checking your registration', {id: 'events.status.checking', desc: 'Heading while access is checked'}))}
    ${renderSkeleton(['line', 'card'])}`;
  }
  const title = access.eventTitle || flow.event?.title || '';
  switch (outcome) {
    case 'confirmed':
      return html`
        ${renderStepHeader(msg('You are registered', {id: 'events.status.confirmed', desc: 'Heading when the registration is confirmed'}))}
        ${renderBanner({tone: 'success', message: msg(str`See you at ${title}!`, {id: 'events.status.confirmed-text', desc: 'Confirmation message with the event title'})})}
        ${flow.event && flow.session ? html`<p class="muted">${formatSession(flow.session, flow.event, context)}</p>` : nothing}
        ${renderAccess(flow, checkout, context)}
        <div class="actions">${calendarLink(flow, checkout)} ${allEvents}</div>
      `;
    case 'pending':
      return html`
        ${renderStepHeader(msg('Payment pending', {id: 'events.status.pending', desc: 'Heading when the payment is not through yet'}))}
        ${renderBanner({
          tone: 'warning',
          message: msg('We have not received your payment yet. Your place is held while it is pending.', {id: 'events.status.pending-text', desc: 'The payment is still pending'}),
        })}
        ${intent?.paymentInstructions ? html`<p>${intent.paymentInstructions}</p>` : access.accessInstructions ? html`<p>${access.accessInstructions}</p>` : nothing}
        ${renderErrorBanner(flow.error, handlers.onCheck)}
        <div class="actions">
          ${renderButton({label: msg('Check again', {id: 'events.check-again', desc: 'Button that checks the payment again'}), variant: 'primary', busy: flow.busy, onClick: handlers.onCheck})}
          ${checkout.registration ? renderButton({label: msg('Pay now', {id: 'events.pay-now', desc: 'Button back to the payment step'}), variant: 'secondary', onClick: handlers.onPay}) : nothing}
        </div>
      `;
    case 'failed':
      return html`
        ${renderStepHeader(msg('Payment failed', {id: 'events.status.failed', desc: 'Heading when the payment failed'}))}
        ${renderBanner({
          tone: 'danger',
          message: msg('The payment did not go through, so this registration was cancelled. You can register again.', {id: 'events.status.failed-text', desc: 'The payment failed'}),
        })}
        <div class="actions">
          ${flow.event ? renderButton({label: msg('Register again', {id: 'events.register-again', desc: 'Button to register again after a failed payment'}), variant: 'primary', onClick: handlers.onAgain}) : nothing}
          ${allEvents}
        </div>
      `;
    default:
      return html`
        ${renderStepHeader(msg('Registration cancelled', {id: 'events.status.cancelled', desc: 'Heading when the registration or event was cancelled'}))}
        ${renderBanner({tone: 'warning', message: access.accessInstructions || msg('This registration has been cancelled.', {id: 'events.status.cancelled-text', desc: 'The registration was cancelled'})})}
        <div class="actions">${allEvents}</div>
      `;
  }
}
