/**
 * The later steps of `<fav-booking>` (date and time, details, review, confirmation) and the
 * calendar. Loaded while the visitor looks at a service, so the first view of the widget stays small.
 * Views only: their logic (booking-calendar.ts for the date step, booking-checkout.ts for the form's
 * checks and the booking) is re-exported here with the calendar and the free times for the element,
 * which loads this one module.
 */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderCheckboxField, renderField} from '../../ui/field.js';
import {formatDate, formatMoney, formatTime, timeZoneLabel} from '../../ui/format.js';
import {promotionLabel, renderPromotionField} from '../../ui/promotion-field.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {icsDataUrl} from '../shared/calendar-file.js';
import {renderDaySlots} from '../shared/day-slots.js';
import {keepTyped, prefilled} from '../shared/prefill.js';
import type {CalendarController} from '../../ui/calendar.js';
import type {BookingFlow, BookingSummary, CustomerDetails} from './booking-flow.js';
import {buildSummary, isPriced, loadPhonePrefix, promotionOutcome, type BookingCheckout} from './booking-checkout.js';
import type {PromotionCode} from '../shared/promotion-code.js';
import {duration, type ViewContext} from './booking-views.js';

export {CalendarController} from '../../ui/calendar.js';
export {showDate, showMonth, toTime} from './booking-calendar.js';
export {BookingCheckout, loadPhonePrefix, submitDetails} from './booking-checkout.js';
export {stepStyles} from './booking-steps.styles.js';
export {SlotAvailability} from '../shared/slot-availability.js';

/** What the later steps need besides the flow: the calendar and the checkout (both from this module), and the element's part. */
export interface LaterStepParts {
  calendar: CalendarController;
  checkout: BookingCheckout;
  /** The visitor sent the details form. */
  onDetails(details: CustomerDetails): void;
}

/** The later step the flow is at (date and time, details, review or confirmation), wired to the flow. */
export function renderLaterStep(flow: BookingFlow, context: ViewContext, {calendar, checkout, onDetails}: LaterStepParts) {
  const back = () => flow.back();
  switch (flow.step) {
    case 'time':
      return renderTime(
        flow,
        context,
        {
          calendar: calendar.render({
            locale: context.locale,
            selected: flow.date,
            stateOf: (date) => flow.availability.stateOf(date),
            label: msg('Choose a date', {id: 'booking.calendar.label', desc: 'Accessible name of the calendar'}),
          }),
        },
        {
          onContinue: () => {
            flow.toDetails();
            void loadPhonePrefix(flow);
          },
          onBack: back,
        },
      );
    case 'details':
      return renderDetails(flow, context, checkout.promotion, {onSubmit: onDetails, onBack: back});
    case 'review':
      return renderReview(flow, context, isPriced(flow) ? checkout.promotion.code : '', {onConfirm: () => void checkout.confirm(), onBack: back});
    case 'done':
      return renderDone(flow, context, checkout.promotionSent, {
        onAgain: () => {
          flow.again();
          const {min, max} = flow.window();
          calendar.setRange(min, max, flow.date);
        },
      });
    default:
      return nothing;
  }
}

/** "10:00 Hong Kong time" when the visitor is elsewhere; the time alone otherwise. */
function zoneNote(flow: BookingFlow, context: ViewContext): string | undefined {
  const zone = flow.timezone;
  if (!zone || zone === context.visitorTimezone) return undefined;
  return timeZoneLabel(zone, context.locale);
}

function timeRange(flow: BookingFlow, summary: BookingSummary | undefined, context: ViewContext): string {
  const slot = flow.selectedSlot?.slot;
  const start = summary ? summary.start.slice(11, 16) : slot?.startTime;
  const end = summary ? summary.end.slice(11, 16) : slot?.endTime;
  const range = end ? `${formatTime(start, context.locale)}–${formatTime(end, context.locale)}` : formatTime(start, context.locale);
  const zone = zoneNote(flow, context);
  return zone ? `${range} (${zone})` : range;
}

// ---------------------------------------------------------------------------------------------
// Date and time

function renderTime(
  flow: BookingFlow,
  context: ViewContext,
  parts: {calendar: TemplateResult | typeof nothing},
  handlers: {onContinue(): void; onBack(): void},
) {
  const service = flow.service!;
  const date = flow.date;
  const zone = zoneNote(flow, context);
  const who = flow.selectedStaff?.memberName ?? flow.selectedResource?.resourceName;
  const daySlots = renderDaySlots({
    availability: flow.availability,
    date,
    slots: date ? flow.availability.bookable(date) : [],
    selected: flow.slotKey,
    capacity: service.capacity,
    currency: service.currency,
    locale: context.locale,
    messages: {
      limit: msg('You have reached the booking limit for this period.', {id: 'booking.limit', desc: 'Booking limits (per day or week) are used up'}),
      none: msg('No times are free on this day. Please pick another day.', {id: 'booking.slots.none', desc: 'No free time on the chosen day'}),
    },
    onSelect: (key) => flow.selectSlot(key),
  });
  return html`
    ${renderButton({label: msg('Back', {id: 'booking.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Choose a time', {id: 'booking.time.heading', desc: 'Heading of the date and time step'}))}
    <p class="muted">${who ? `${service.name} · ${who}` : service.name} · ${duration(service.durationMinutes)}</p>
    ${flow.notice === 'slot-taken'
      ? renderBanner({
          tone: 'warning',
          message: msg('Sorry, that time was just taken. Please choose another; your details are kept.', {id: 'booking.slot-taken', desc: 'The chosen slot was booked by someone else'}),
        })
      : nothing}
    ${zone
      ? html`<p part="timezone" class="timezone">${msg(str`Times are shown in ${zone}.`, {id: 'booking.timezone', desc: 'Note that slot times are in the business time zone'})}</p>`
      : nothing}
    <div class="time-layout">${parts.calendar} ${daySlots}</div>
    <div class="actions">
      ${renderButton({
        label: msg('Continue', {id: 'booking.continue', desc: 'Button to the next step'}),
        variant: 'primary',
        disabled: !flow.selectedSlot,
        onClick: handlers.onContinue,
      })}
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------
// Details

function sessionExpiredBanner(flow: BookingFlow, context: ViewContext) {
  if (flow.notice !== 'session-expired') return nothing;
  return html`<div part="banner banner-warning" class="banner warning" role="alert">
    <p class="banner-message">
      ${msg('Your session has expired. Your booking is kept: continue as a guest, or sign in again.', {
        id: 'booking.session-expired',
        desc: 'The member session ended while booking',
      })}
    </p>
    <div class="actions">
      ${renderButton({label: msg('Continue as guest', {id: 'booking.continue-as-guest', desc: 'Book without signing in'}), variant: 'secondary', onClick: () => flow.continueAsGuest()})}
      ${renderButton({label: msg('Sign in again', {id: 'booking.sign-in-again', desc: 'Open the sign-in box'}), variant: 'secondary', onClick: context.showLogin})}
    </div>
  </div>`;
}

function renderDetails(flow: BookingFlow, context: ViewContext, promotion: PromotionCode, handlers: {onSubmit(details: CustomerDetails): void; onBack(): void}) {
  const service = flow.service!;
  const needsLogin = service.requireLogin && !flow.asMember;
  // Fields the visitor has not typed in show the prefill (README "Prefill"); submitting sends what shows.
  const values = prefilled(flow.element, flow.hooks.member(), flow.details);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const addonIds = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="addon"]:checked')).map((input) => input.value);
    // A code typed without "Apply" counts: the review shows it.
    promotion.commit();
    handlers.onSubmit({name: field('name'), phone: field('phone'), email: field('email'), notes: field('notes'), addonIds});
  };
  const member = flow.asMember ? context.memberName || values.name : undefined;
  // What the visitor types is kept, so a later prefill (a member signing in) leaves it.
  const keep = keepTyped<'name' | 'phone' | 'email' | 'notes'>(flow.element, (field, value) => flow.detailTyped(field, value));
  return html`
    ${renderButton({label: msg('Back', {id: 'booking.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Your details', {id: 'booking.details.heading', desc: 'Heading of the contact details step'}))}
    ${sessionExpiredBanner(flow, context)}
    ${member !== undefined
      ? html`<p part="member" class="muted">${msg(str`Booking as ${member}, signed in.`, {id: 'booking.as-member', desc: 'The booking is made for the signed-in member'})}</p>`
      : nothing}
    ${needsLogin
      ? html`${renderBanner({tone: 'info', message: msg('Please sign in to book this service.', {id: 'booking.login-required', desc: 'The service is for members only'})})}
        ${context.login}`
      : html`${flow.notice === 'session-expired' ? context.login : nothing}
          <form part="form" class="form" novalidate @submit=${submit}>
            ${renderField({
              id: 'name',
              name: 'name',
              label: msg('Name', {id: 'booking.name', desc: 'Label of the customer name'}),
              autocomplete: 'name',
              value: values.name,
              required: true,
              error: flow.detailErrors.name,
              onInput: keep('name'),
            })}
            ${renderField({
              id: 'phone',
              name: 'phone',
              type: 'tel',
              label: msg('Mobile number', {id: 'booking.phone', desc: 'Label of the customer phone'}),
              autocomplete: 'tel',
              inputmode: 'tel',
              value: flow.phonePrefix && values.phone.startsWith(flow.phonePrefix) ? values.phone.slice(flow.phonePrefix.length) : values.phone,
              prefix: flow.phonePrefix || undefined,
              required: true,
              hint: msg('For a reminder and if we need to reach you.', {id: 'booking.phone.hint', desc: 'Why the phone number is asked'}),
              error: flow.detailErrors.phone,
              onInput: keep('phone'),
            })}
            ${renderField({
              id: 'email',
              name: 'email',
              type: 'email',
              label: msg('Email (optional)', {id: 'booking.email', desc: 'Label of the optional customer email'}),
              autocomplete: 'email',
              inputmode: 'email',
              value: values.email,
              error: flow.detailErrors.email,
              onInput: keep('email'),
            })}
            ${service.addons.length
              ? html`<fieldset part="choice-group" class="choices">
                  <legend part="label" class="label">${msg('Add-ons', {id: 'booking.addons', desc: 'Legend of the optional extras'})}</legend>
                  ${service.addons.map((addon) =>
                    renderCheckboxField({
                      id: `addon-${addon.id}`,
                      name: 'addon',
                      value: String(addon.id),
                      label: `${addon.name} (+${formatMoney(addon.price, service.currency, context.locale)})`,
                      checked: values.addonIds.includes(String(addon.id)),
                      hint: addon.description ?? undefined,
                    }),
                  )}
                </fieldset>`
              : nothing}
            ${renderField({
              id: 'notes',
              name: 'notes',
              multiline: true,
              label: msg('Notes (optional)', {id: 'booking.notes', desc: 'Label of the optional notes'}),
              value: values.notes,
              maxlength: 500,
              onInput: keep('notes'),
            })}
            ${isPriced(flow)
              ? renderPromotionField(
                  promotion,
                  msg('The discount is applied when you confirm the booking.', {id: 'booking.promo.hint', desc: 'When the promotion code takes effect in a booking'}),
                  {
                    onOpen: () => promotion.open(),
                    onInput: (value) => promotion.typed(value),
                    onApply: () => promotion.apply(),
                    onRemove: () => promotion.remove(),
                  },
                )
              : nothing}
            <div class="actions">
              ${renderButton({label: msg('Review booking', {id: 'booking.to-review', desc: 'Button from details to the review'}), type: 'submit', variant: 'primary'})}
            </div>
          </form>`}
  `;
}

// ---------------------------------------------------------------------------------------------
// Review and confirmation

/** The summary's rows after the price: the promotion code, and once booked its discount and the total. */
function promotionRows(code: string, outcome: {discount: string; total: string} | undefined, currency: string, locale: string): [string, string][] {
  if (!code) return [];
  const rows: [string, string][] = [[promotionLabel(), code]];
  if (outcome && Number(outcome.discount) > 0) rows.push([msg('Discount', {id: 'booking.discount', desc: 'Summary row: the promotion code discount'}), `−${formatMoney(outcome.discount, currency, locale)}`]);
  if (outcome) rows.push([msg('Total', {id: 'booking.total', desc: 'Summary row: the price to pay after the discount'}), formatMoney(outcome.total, currency, locale)]);
  return rows;
}

function summaryList(flow: BookingFlow, summary: BookingSummary, context: ViewContext, reference?: string, promotion: [string, string][] = []) {
  const service = flow.service!;
  const date = summary.start.slice(0, 10);
  const rows: [string, string][] = [
    ...(reference ? ([[msg('Reference', {id: 'booking.reference', desc: 'Booking reference number'}), reference]] as [string, string][]) : []),
    [msg('Service', {id: 'booking.service', desc: 'Summary row: the service'}), service.name],
    ...(summary.staff ? ([[msg('With', {id: 'booking.with', desc: 'Summary row: the staff member'}), summary.staff.name]] as [string, string][]) : []),
    ...(summary.resource ? ([[msg('Room', {id: 'booking.room', desc: 'Summary row: the room or equipment'}), summary.resource.name]] as [string, string][]) : []),
    [msg('Date', {id: 'booking.date', desc: 'Summary row: the date'}), formatDate(date, context.locale, {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'})],
    [msg('Time', {id: 'booking.time', desc: 'Summary row: the time'}), timeRange(flow, summary, context)],
    [msg('Price', {id: 'booking.price', desc: 'Summary row: the price'}), service.displayPrice && Number(summary.price.amount) === Number(service.price) ? service.displayPrice : formatMoney(summary.price.amount, summary.price.currency, context.locale)],
    ...promotion,
    [msg('Name', {id: 'booking.name', desc: 'Label of the customer name'}), summary.customer.name],
    [msg('Mobile number', {id: 'booking.phone', desc: 'Label of the customer phone'}), summary.customer.phone],
    ...(summary.customer.email ? ([[msg('Email', {id: 'booking.email-row', desc: 'Summary row: the email'}), summary.customer.email]] as [string, string][]) : []),
    ...(flow.details.notes ? ([[msg('Notes', {id: 'booking.notes-row', desc: 'Summary row: the notes'}), flow.details.notes]] as [string, string][]) : []),
  ];
  return html`<dl part="summary" class="summary">
    ${rows.map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

function renderReview(flow: BookingFlow, context: ViewContext, promotionCode: string, handlers: {onConfirm(): void; onBack(): void}) {
  const slot = flow.selectedSlot;
  if (!slot) return renderSkeleton(['heading', 'card']);
  const summary = buildSummary(flow, slot);
  return html`
    ${renderButton({label: msg('Back', {id: 'booking.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Check and confirm', {id: 'booking.review.heading', desc: 'Heading of the review step'}))}
    ${sessionExpiredBanner(flow, context)} ${flow.notice === 'session-expired' ? context.login : nothing}
    ${flow.notice === 'vetoed'
      ? renderBanner({tone: 'warning', message: msg('This booking cannot be made here. Please contact us.', {id: 'booking.vetoed', desc: 'The host page stopped the booking'})})
      : nothing}
    ${summaryList(flow, summary, context, undefined, promotionRows(promotionCode, undefined, summary.price.currency, context.locale))}
    ${renderErrorBanner(flow.error, handlers.onConfirm)}
    <div class="actions">
      ${renderButton({
        label: msg('Confirm booking', {id: 'booking.confirm', desc: 'Button that creates the booking'}),
        variant: 'primary',
        busy: flow.busy,
        disabled: flow.notice === 'session-expired',
        onClick: handlers.onConfirm,
      })}
    </div>
  `;
}

function renderDone(flow: BookingFlow, context: ViewContext, promotionCode: string, handlers: {onAgain(): void}) {
  const booking = flow.booking!;
  const summary = flow.summary!;
  const pending = booking.status === 'pending' || booking.status === 'draft';
  const ics = icsDataUrl({
    uid: `${booking.id}@fav-widgets`,
    title: summary.service.name,
    start: booking.occurrenceStart ?? summary.start,
    end: booking.occurrenceEnd ?? summary.end,
    location: flow.service?.address,
    description: msg(str`Booking reference ${booking.id}`, {id: 'booking.ics.description', desc: 'Text in the calendar file'}),
  });
  return html`
    ${renderStepHeader(
      pending
        ? msg('Booking requested', {id: 'booking.done.pending', desc: 'Heading when the booking waits for confirmation'})
        : msg('Booking confirmed', {id: 'booking.done.confirmed', desc: 'Heading when the booking is confirmed'}),
    )}
    ${renderBanner({
      tone: 'success',
      message: pending
        ? msg('We have your request and will confirm it soon.', {id: 'booking.done.pending-text', desc: 'The booking waits for the business to confirm'})
        : msg('See you soon!', {id: 'booking.done.confirmed-text', desc: 'Confirmation message'}),
    })}
    ${summaryList(
      flow,
      summary,
      context,
      String(booking.id),
      promotionRows(promotionCode, promotionOutcome(summary, booking, promotionCode), booking.currency || summary.price.currency, context.locale),
    )}
    <div class="actions">
      <a part="button button-primary calendar-link" class="button primary" href=${ics} download=${`booking-${booking.id}.ics`}
        >${msg('Add to calendar', {id: 'booking.add-to-calendar', desc: 'Link that downloads an .ics file'})}</a
      >
      ${renderButton({label: msg('Book another time', {id: 'booking.again', desc: 'Start another booking'}), variant: 'secondary', onClick: handlers.onAgain})}
    </div>
  `;
}

