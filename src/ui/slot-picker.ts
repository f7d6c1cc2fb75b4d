/**
 * The free times of one day as buttons grouped into morning, afternoon and evening. Times are the
 * tenant's wall clock (`HH:MM`) shown as written, never converted.
 *
 * Parts: `slot-list`, `slot-group`, `slot-group-heading`, `slot-button`, `slot-button-selected`.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {formatTime} from './format.js';

export interface SlotChoice {
  /** Unique among the day's slots. */
  key: string;
  /** `HH:MM` start on the tenant's wall clock. */
  startTime: string;
  endTime?: string | null;
  /** Places left, when the service has a capacity and the server says. */
  remaining?: number | null;
  /** A price to show next to the time (e.g. a member tier price), already formatted. */
  price?: string;
}

export interface SlotPickerOptions {
  slots: readonly SlotChoice[];
  selected?: string;
  locale: string;
  onSelect(key: string): void;
}

type DayPart = 'morning' | 'afternoon' | 'evening';

function dayPartOf(time: string): DayPart {
  const hour = Number(time.slice(0, 2));
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

function dayPartLabel(part: DayPart): string {
  if (part === 'morning') return msg('Morning', {id: 'ui.slots.morning', desc: 'Group of times before noon'});
  if (part === 'afternoon') return msg('Afternoon', {id: 'ui.slots.afternoon', desc: 'Group of times from noon to 5 pm'});
  return msg('Evening', {id: 'ui.slots.evening', desc: 'Group of times from 5 pm'});
}

export function renderSlotPicker({slots, selected, locale, onSelect}: SlotPickerOptions) {
  const groups = (['morning', 'afternoon', 'evening'] as const)
    .map((part) => ({part, slots: slots.filter((slot) => dayPartOf(slot.startTime) === part)}))
    .filter((group) => group.slots.length > 0);
  return html`<div part="slot-list" class="slot-list">
    ${groups.map(
      (group) => html`<div part="slot-group" class="slot-group" role="group" aria-labelledby="slots-${group.part}">
        <p part="slot-group-heading" class="slot-group-heading" id="slots-${group.part}">${dayPartLabel(group.part)}</p>
        <div class="slot-buttons">
          ${group.slots.map((slot) => {
            const isSelected = slot.key === selected;
            const time = formatTime(slot.startTime, locale);
            const end = slot.endTime ? formatTime(slot.endTime, locale) : '';
            const left =
              slot.remaining !== null && slot.remaining !== undefined && slot.remaining <= 3
                ? msg(str`${slot.remaining} left`, {id: 'ui.slots.left', desc: 'Places left in a time slot'})
                : '';
            return html`<button
              part=${isSelected ? 'slot-button slot-button-selected' : 'slot-button'}
              class="slot ${isSelected ? 'selected' : ''}"
              type="button"
              data-time=${slot.startTime}
              aria-pressed=${isSelected ? 'true' : 'false'}
              aria-label=${[end ? `${time}–${end}` : time, left, slot.price ?? ''].filter(Boolean).join(', ')}
              @click=${() => onSelect(slot.key)}
            >
              <span class="slot-time">${time}</span>
              ${left ? html`<span class="slot-note">${left}</span>` : nothing}
              ${slot.price ? html`<span class="slot-note">${slot.price}</span>` : nothing}
            </button>`;
          })}
        </div>
      </div>`,
    )}
  </div>`;
}
