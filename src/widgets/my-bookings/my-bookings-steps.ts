/**
 * The later steps of `<fav-my-bookings>`: a booking's detail, the cancel confirmation and the new
 * day and time (the keyboard calendar and the free times of the day, for the same service, staff and
 * room). Loaded once the list is on screen, so the first view of the widget stays small.
 */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import {occurrenceFromSlot, type Occurrence} from '../../api/occurrence.js';
import type {Booking, BookingDetail} from '../../api/schemas/bookings.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import type {DayState} from '../../ui/calendar-dates.js';
import {renderField} from '../../ui/field.js';
import {formatMoney} from '../../ui/format.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {icsDataUrl} from '../shared/calendar-file.js';
import {renderDaySlots} from '../shared/day-slots.js';
import type {BookableSlot} from '../shared/slot-availability.js';
import type {BookingChanges} from './my-bookings-changes.js';
import {wallClockOf, type MyBookingsFlow} from './my-bookings-flow.js';
import {dayOf, renderStatus, timesOf, whenOf, zoneNote, type ViewContext} from './my-bookings-views.js';

export {CalendarController} from '../../ui/calendar.js';
export {BookingChanges} from './my-bookings-changes.js';
export {stepStyles} from './my-bookings-steps.styles.js';

const CHANGEABLE = new Set(['pending', 'confirmed']);

/** Start and end as ISO date-times with the tenant's offset (when known), from the booking's wall clock (§7.4). */
export function occurrenceOf(flow: MyBookingsFlow, booking: Booking): Occurrence | undefined {
  const {date, start, end} = wallClockOf(booking);
  if (!date || !start) return undefined;
  const duration = (booking as Partial<BookingDetail>).totalDurationMinutes || flow.service?.durationMinutes;
  return occurrenceFromSlot(
    date,
    {startTime: start, endTime: end, occurrenceStart: booking.occurrenceStart, occurrenceEnd: booking.occurrenceEnd},
    {timezone: flow.timezone, durationMinutes: duration},
  );
}

/** Still to come: it starts after now. */
export function isUpcoming(flow: MyBookingsFlow, booking: Booking, now = Date.now()): boolean {
  const start = Date.parse(occurrenceOf(flow, booking)?.occurrenceStart ?? '');
  return Number.isFinite(start) && start > now;
}

/** Cancel and reschedule are offered for upcoming pending or confirmed bookings the server has not refused. */
export function canChange(flow: MyBookingsFlow, booking: Booking): boolean {
  return CHANGEABLE.has(String(booking.status)) && isUpcoming(flow, booking) && !flow.changes?.refusal;
}

/** The day's free times, without the booking's own. */
export function freeSlots(flow: MyBookingsFlow, date: string): BookableSlot[] {
  const current = flow.detail ? Date.parse(occurrenceOf(flow, flow.detail)?.occurrenceStart ?? '') : NaN;
  return flow.changes!.availability.bookable(date).filter((choice) => Date.parse(choice.occurrence.occurrenceStart) !== current);
}

/** How the calendar shows a day: a day whose only free time is the booking's own has nothing to offer. */
export function dayState(flow: MyBookingsFlow, date: string): DayState {
  const {availability} = flow.changes!;
  const state = availability.stateOf(date);
  return state === 'available' && availability.day(date)?.status === 'ready' && freeSlots(flow, date).length === 0 ? 'unavailable' : state;
}

// ---------------------------------------------------------------------------------------------
// Detail

function refusalMessage(changes: BookingChanges): string {
  const refusal = changes.refusal;
  const hours = refusal?.cutoffHours;
  if (refusal?.reason === 'past_cutoff' && hours !== undefined) {
    return msg(str`This booking can no longer be changed online: changes close ${hours} hours before the start. Please contact us to change it.`, {
      id: 'my-bookings.refused.cutoff-hours',
      desc: 'Cancel or reschedule refused because the booking starts too soon; the number is hours',
    });
  }
  if (refusal?.reason === 'past_cutoff') {
    return msg('This booking can no longer be changed online because it starts too soon. Please contact us to change it.', {
      id: 'my-bookings.refused.cutoff',
      desc: 'Cancel or reschedule refused because the booking starts too soon',
    });
  }
  if (refusal?.reason === 'disabled') {
    return msg('Bookings cannot be changed online here. Please contact us to change it.', {
      id: 'my-bookings.refused.disabled',
      desc: 'The business does not allow online changes',
    });
  }
  return msg('This booking can no longer be changed online. Please contact us to change it.', {
    id: 'my-bookings.refused',
    desc: 'Cancel or reschedule refused by the business for another reason (already cancelled, completed…)',
  });
}

function detailNotice(flow: MyBookingsFlow, changes: BookingChanges, booking: BookingDetail, context: ViewContext) {
  switch (changes.notice) {
    case 'cancelled':
      return renderBanner({tone: 'success', message: msg('Your booking has been cancelled.', {id: 'my-bookings.cancelled', desc: 'Confirmation after cancelling'})});
    case 'rescheduled': {
      const when = whenOf(booking, flow, context, true);
      return renderBanner({tone: 'success', message: msg(str`Your booking has been moved to ${when}.`, {id: 'my-bookings.rescheduled', desc: 'Confirmation after rescheduling, with the new date and time'})});
    }
    default:
      // Why the actions are gone stays said for as long as the booking is open.
      return changes.refusal ? renderBanner({tone: 'warning', message: refusalMessage(changes)}) : nothing;
  }
}

/** The host page stopped the change in `fav-before-booking-cancel` or `-reschedule`. */
function vetoed(changes: BookingChanges) {
  return changes.notice === 'vetoed'
    ? renderBanner({tone: 'warning', message: msg('This change cannot be made here. Please contact us.', {id: 'my-bookings.vetoed', desc: 'The host page stopped the cancel or reschedule'})})
    : nothing;
}

function notFound() {
  return renderBanner({
    tone: 'warning',
    message: msg('We could not find this booking. It may have been removed, or it belongs to another account.', {
      id: 'my-bookings.not-found',
      desc: 'The booking does not exist or is not the signed-in member',
    }),
  });
}

type Row = [term: string, value: unknown];

export function renderDetail(
  flow: MyBookingsFlow,
  context: ViewContext,
  handlers: {onBack(): void; onRetry(): void; onCancel(): void; onReschedule(): void},
) {
  const booking = flow.detail;
  const title = booking?.serviceName ?? flow.booking?.serviceName ?? msg('Booking', {id: 'my-bookings.detail.heading', desc: 'Heading of a booking while it loads'});
  const failure = isFavApiError(flow.detailError) && flow.detailError.status === 404 ? notFound() : renderErrorBanner(flow.detailError, handlers.onRetry);
  // One template around every state, so the heading (which may hold the focus) stays in place.
  return html`
    ${renderButton({label: msg('All my bookings', {id: 'my-bookings.back-to-list', desc: 'Link back to the booking list'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(title)} ${failure}
    ${booking ? renderDetailBody(flow, flow.changes!, booking, context, handlers) : flow.detailBusy ? renderSkeleton(['line', 'card']) : nothing}
  `;
}

function renderDetailBody(
  flow: MyBookingsFlow,
  changes: BookingChanges,
  booking: BookingDetail,
  context: ViewContext,
  handlers: {onCancel(): void; onReschedule(): void},
) {
  const {start, end} = wallClockOf(booking);
  const zone = zoneNote(flow, context);
  const times = timesOf(start, end, context);
  const currency = booking.currency;
  const rows: Row[] = [
    [msg('Status', {id: 'my-bookings.row.status', desc: 'Detail row: the booking status'}), renderStatus(booking.status)],
    [msg('Date', {id: 'my-bookings.row.date', desc: 'Detail row: the date'}), dayOf(wallClockOf(booking).date, context, true)],
    [msg('Time', {id: 'my-bookings.row.time', desc: 'Detail row: the time'}), zone ? `${times} (${zone})` : times],
    ...(booking.staffName ? ([[msg('With', {id: 'my-bookings.row.staff', desc: 'Detail row: the staff member'}), booking.staffName]] as Row[]) : []),
    ...(booking.resourceName ? ([[msg('Room', {id: 'my-bookings.row.room', desc: 'Detail row: the room or equipment'}), booking.resourceName]] as Row[]) : []),
    [msg('Price', {id: 'my-bookings.row.price', desc: 'Detail row: the total price'}), formatMoney(booking.totalPrice, currency, context.locale)],
    [msg('Reference', {id: 'my-bookings.row.reference', desc: 'Detail row: the booking reference'}), String(booking.id)],
    ...(booking.notes ? ([[msg('Notes', {id: 'my-bookings.row.notes', desc: 'Detail row: the notes'}), booking.notes]] as Row[]) : []),
    ...(booking.status === 'cancelled' && booking.cancellationReason
      ? ([[msg('Reason for cancelling', {id: 'my-bookings.row.cancellation-reason', desc: 'Detail row: why the booking was cancelled'}), booking.cancellationReason]] as Row[])
      : []),
  ];
  const upcoming = isUpcoming(flow, booking) && booking.status !== 'cancelled';
  const occurrence = upcoming ? occurrenceOf(flow, booking) : undefined;
  const ics = occurrence
    ? icsDataUrl({
        uid: `${booking.id}@fav-widgets`,
        title: booking.serviceName,
        start: occurrence.occurrenceStart,
        end: occurrence.occurrenceEnd,
        location: String(flow.service?.id) === String(booking.serviceId) ? flow.service?.address : undefined,
        description: msg(str`Booking reference ${booking.id}`, {id: 'my-bookings.ics.description', desc: 'Text in the calendar file'}),
      })
    : undefined;
  const changeable = canChange(flow, booking);
  return html`
    ${detailNotice(flow, changes, booking, context)}
    <dl part="summary" class="summary">
      ${rows.map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>
    ${booking.lineItems.length
      ? html`<section class="line-items" aria-labelledby="items-heading">
          <h3 class="subheading" id="items-heading">${msg('Included', {id: 'my-bookings.line-items', desc: 'Heading of the booked service and add-ons'})}</h3>
          <ul part="line-items" class="line-item-list">
            ${booking.lineItems.map(
              (item) => html`<li part="line-item" class="line-item">
                <span>${item.name}</span>
                <span part="price" class="price">${formatMoney(item.memberTierPrice ?? item.price, currency, context.locale)}</span>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${ics || changeable
      ? html`<div class="actions">
          ${ics
            ? html`<a part="button button-secondary calendar-link" class="button secondary" href=${ics} download=${`booking-${booking.id}.ics`}
                >${msg('Add to calendar', {id: 'my-bookings.add-to-calendar', desc: 'Link that downloads an .ics file'})}</a
              >`
            : nothing}
          ${changeable
            ? html`${booking.serviceId !== null
                ? renderButton({label: msg('Reschedule', {id: 'my-bookings.reschedule', desc: 'Button that opens the new date and time step'}), variant: 'secondary', onClick: handlers.onReschedule})
                : nothing}
              ${renderButton({label: msg('Cancel booking', {id: 'my-bookings.cancel', desc: 'Button that opens the cancel confirmation'}), variant: 'secondary', onClick: handlers.onCancel})}`
            : nothing}
        </div>`
      : nothing}
  `;
}

// ---------------------------------------------------------------------------------------------
// Cancel

export function renderCancel(flow: MyBookingsFlow, context: ViewContext, handlers: {onBack(): void; onConfirm(): void}) {
  const booking = flow.detail!;
  const changes = flow.changes!;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    handlers.onConfirm();
  };
  return html`
    ${renderButton({label: msg('Back', {id: 'my-bookings.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Cancel this booking?', {id: 'my-bookings.cancel.heading', desc: 'Heading of the cancel confirmation'}))}
    <p part="summary" class="summary-line"><strong>${booking.serviceName}</strong><br />${whenOf(booking, flow, context, true)}</p>
    <form part="form" class="form" novalidate @submit=${submit}>
      ${renderField({
        id: 'reason',
        name: 'reason',
        multiline: true,
        maxlength: 500,
        label: msg('Reason (optional)', {id: 'my-bookings.cancel.reason', desc: 'Label of the optional cancellation reason'}),
        hint: msg('Nothing is cancelled until you confirm.', {id: 'my-bookings.cancel.hint', desc: 'Reassurance on the cancel step'}),
        value: changes.reason,
        onInput: (event) => changes.reasonTyped((event.target as HTMLTextAreaElement).value),
      })}
      ${vetoed(changes)} ${renderErrorBanner(changes.error, handlers.onConfirm)}
      <div class="actions">
        ${renderButton({label: msg('Yes, cancel booking', {id: 'my-bookings.cancel.confirm', desc: 'Button that cancels the booking'}), type: 'submit', variant: 'primary', busy: changes.busy})}
        ${renderButton({label: msg('Keep booking', {id: 'my-bookings.cancel.keep', desc: 'Button that leaves the booking as it is'}), variant: 'secondary', onClick: handlers.onBack})}
      </div>
    </form>
  `;
}

// ---------------------------------------------------------------------------------------------
// Reschedule

export function renderReschedule(
  flow: MyBookingsFlow,
  context: ViewContext,
  parts: {calendar: TemplateResult | typeof nothing},
  handlers: {onBack(): void; onConfirm(): void},
) {
  const booking = flow.detail!;
  const changes = flow.changes!;
  const date = changes.date;
  const slots = date ? freeSlots(flow, date) : [];
  const zone = zoneNote(flow, context);
  const chosen = changes.selectedSlot;
  const daySlots = renderDaySlots({
    availability: changes.availability,
    date,
    slots,
    selected: changes.slotKey,
    capacity: changes.capacity,
    currency: booking.currency,
    locale: context.locale,
    messages: {
      limit: msg('You have reached the booking limit for this period.', {id: 'my-bookings.limit', desc: 'Booking limits (per day or week) are used up'}),
      none: msg('No other times are free on this day. Please pick another day.', {id: 'my-bookings.slots.none', desc: 'No free time on the chosen day'}),
    },
    onSelect: (key) => changes.selectSlot(key),
  });
  const times = chosen ? timesOf(chosen.slot.startTime, chosen.slot.endTime, context) : '';
  const chosenText = chosen ? `${dayOf(chosen.date, context, true)}, ${zone ? `${times} (${zone})` : times}` : undefined;
  const current = whenOf(booking, flow, context, true);
  const unit = [booking.serviceName, booking.staffName, booking.resourceName].filter(Boolean).join(' · ');
  return html`
    ${renderButton({label: msg('Back', {id: 'my-bookings.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Choose a new time', {id: 'my-bookings.reschedule.heading', desc: 'Heading of the reschedule step'}))}
    <p part="current-time" class="muted">
      ${unit}<br />${msg(str`Now booked for ${current}.`, {id: 'my-bookings.reschedule.current', desc: 'The current date and time of the booking being moved'})}
    </p>
    ${changes.notice === 'slot-taken'
      ? renderBanner({
          tone: 'warning',
          message: msg('Sorry, that time was just taken. The free times of the day are updated: please choose another.', {
            id: 'my-bookings.slot-taken',
            desc: 'The chosen new time was booked by someone else',
          }),
        })
      : nothing}
    ${zone
      ? html`<p part="timezone" class="timezone">${msg(str`Times are shown in ${zone}.`, {id: 'my-bookings.timezone', desc: 'Note that booking times are in the business time zone'})}</p>`
      : nothing}
    <div class="time-layout">${parts.calendar} ${daySlots}</div>
    ${chosenText
      ? html`<p part="new-time" class="new-time">${msg(str`New time: ${chosenText}`, {id: 'my-bookings.reschedule.new', desc: 'The new date and time chosen'})}</p>`
      : nothing}
    ${vetoed(changes)} ${renderErrorBanner(changes.error, handlers.onConfirm)}
    <div class="actions">
      ${renderButton({
        label: msg('Confirm new time', {id: 'my-bookings.reschedule.confirm', desc: 'Button that moves the booking'}),
        variant: 'primary',
        busy: changes.busy,
        disabled: !chosen,
        onClick: handlers.onConfirm,
      })}
      ${renderButton({label: msg('Keep current time', {id: 'my-bookings.reschedule.keep', desc: 'Button that leaves the booking time as it is'}), variant: 'secondary', onClick: handlers.onBack})}
    </div>
  `;
}
