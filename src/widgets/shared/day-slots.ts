/**
 * The free times of the chosen day, under the day's name, for the booking and reschedule steps:
 * a placeholder while they load, the error with "Try again", the booking limit, "nothing free",
 * or the slot picker.
 */
import {html, nothing} from 'lit';
import {renderErrorBanner} from '../../ui/banner.js';
import {formatDate, formatMoney} from '../../ui/format.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderSlotPicker} from '../../ui/slot-picker.js';
import type {BookableSlot, SlotAvailability} from './slot-availability.js';

export interface DaySlotsOptions {
  availability: SlotAvailability;
  date: string | undefined;
  /** The day's slots to offer (usually `availability.bookable(date)`). */
  slots: readonly BookableSlot[];
  selected?: string;
  /** Places are shown ("2 left") for services that take more than one person. */
  capacity: number;
  currency: string;
  locale: string;
  messages: {limit: string; none: string};
  onSelect(key: string): void;
}

export function renderDaySlots({availability, date, slots, selected, capacity, currency, locale, messages, onSelect}: DaySlotsOptions) {
  if (!date) return nothing;
  const day = availability.day(date);
  let body: unknown;
  if (!day || day.status === 'loading') body = renderSkeleton(['line', 'input']);
  else if (day.status === 'error') body = renderErrorBanner(day.error, () => void availability.reload(date));
  else if (availability.limitReached(date)) body = html`<p class="empty">${messages.limit}</p>`;
  else if (slots.length === 0) body = html`<p class="empty">${messages.none}</p>`;
  else
    body = renderSlotPicker({
      slots: slots.map(({key, slot}) => ({
        key,
        startTime: slot.startTime,
        endTime: slot.endTime,
        remaining: capacity > 1 ? slot.remainingCapacity : null,
        price: slot.tierPrice !== null ? `${slot.tierName ?? ''} ${formatMoney(slot.tierPrice, currency, locale)}`.trim() : undefined,
      })),
      selected,
      locale,
      onSelect,
    });
  return html`<section class="day-slots" aria-labelledby="day-heading">
    <h3 class="subheading" id="day-heading">${formatDate(date, locale, {weekday: 'long', month: 'long', day: 'numeric'})}</h3>
    ${body}
  </section>`;
}
