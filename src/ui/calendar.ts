/**
 * A month calendar for picking a day, operable with the keyboard (APG date grid): arrow keys move a
 * day or a week, Home/End go to the start or end of the week, Page Up/Down change the month, Enter
 * or Space picks. Days outside the bookable window or without availability are visibly disabled
 * and announced as such. Dates are calendar dates (`YYYY-MM-DD`), never instants.
 *
 * Parts: `calendar`, `calendar-header`, `calendar-nav`, `calendar-grid`, `calendar-day`,
 * `calendar-day-selected`, `calendar-day-unavailable`.
 */
import {msg} from '@lit/localize';
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {addDays, addMonths, datesOfMonth, monthOf, pad, utcOf, type DayState} from './calendar-dates.js';
import {formatDate} from './format.js';

export type {DayState};

export interface CalendarRenderOptions {
  locale: string;
  selected?: string;
  stateOf(date: string): DayState;
  /** Accessible name of the grid, e.g. "Choose a date". */
  label: string;
}

/**
 * Keeps the visible month and the focused day of a calendar, handles its keys, and renders it.
 * `min`/`max` bound the days that can be reached; the host calls {@link setRange} when they change.
 */
export class CalendarController implements ReactiveController {
  month = '';
  focused = '';
  min = '';
  max = '';
  private focusAfterUpdate = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly events: {onSelect(date: string): void; onMonth?(month: string): void},
  ) {
    host.addController(this);
  }

  setRange(min: string, max: string, initial?: string): void {
    this.min = min;
    this.max = max < min ? min : max;
    const start = initial && initial >= this.min && initial <= this.max ? initial : this.min;
    if (!this.focused || this.focused < this.min || this.focused > this.max || initial) this.focused = start;
    this.show(monthOf(this.focused));
  }

  hostUpdated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-date="${this.focused}"]`)?.focus();
  }

  /** Shows `month` (clamped to the window) and tells the host, which may load its availability. */
  show(month: string): void {
    const clamped = month < monthOf(this.min) ? monthOf(this.min) : month > monthOf(this.max) ? monthOf(this.max) : month;
    const changed = clamped !== this.month;
    this.month = clamped;
    if (monthOf(this.focused) !== clamped) {
      const first = `${clamped}-01`;
      this.focused = first < this.min ? this.min : first;
    }
    this.host.requestUpdate();
    if (changed) this.events.onMonth?.(clamped);
  }

  private moveTo(date: string): void {
    const clamped = date < this.min ? this.min : date > this.max ? this.max : date;
    this.focused = clamped;
    this.focusAfterUpdate = true;
    this.show(monthOf(clamped));
  }

  /** The same day of the month `months` away, or that month's last day when it is shorter. */
  private sameDayIn(months: number): string {
    const month = addMonths(monthOf(this.focused), months);
    const day = Math.min(Number(this.focused.slice(8)), datesOfMonth(month).length);
    return `${month}-${pad(day)}`;
  }

  private onKeydown(event: KeyboardEvent, stateOf: (date: string) => DayState): void {
    const weekday = new Date(utcOf(this.focused)).getUTCDay();
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(this.focused, -1),
      ArrowRight: () => addDays(this.focused, 1),
      ArrowUp: () => addDays(this.focused, -7),
      ArrowDown: () => addDays(this.focused, 7),
      Home: () => addDays(this.focused, -weekday),
      End: () => addDays(this.focused, 6 - weekday),
      PageUp: () => this.sameDayIn(-1),
      PageDown: () => this.sameDayIn(1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.moveTo(move());
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && stateOf(this.focused) === 'available') {
      event.preventDefault();
      this.events.onSelect(this.focused);
    }
  }

  render({locale, selected, stateOf, label}: CalendarRenderOptions) {
    if (!this.month) return nothing;
    const dates = datesOfMonth(this.month);
    const lead = new Date(utcOf(dates[0]!)).getUTCDay();
    const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...dates];
    while (cells.length % 7) cells.push(null);
    const weeks = Array.from({length: cells.length / 7}, (_, i) => cells.slice(i * 7, i * 7 + 7));
    const weekdays = Array.from({length: 7}, (_, i) => addDays('2023-01-01', i)); // a Sunday
    const title = formatDate(`${this.month}-01`, locale, {year: 'numeric', month: 'long'});
    const canPrev = this.month > monthOf(this.min);
    const canNext = this.month < monthOf(this.max);
    return html`<div part="calendar" class="calendar">
      <div part="calendar-header" class="calendar-header">
        <button
          part="calendar-nav button"
          class="calendar-nav"
          type="button"
          ?disabled=${!canPrev}
          aria-label=${msg('Previous month', {id: 'ui.calendar.previous', desc: 'Button showing the previous month'})}
          @click=${() => this.show(addMonths(this.month, -1))}
        >
          ‹
        </button>
        <p class="calendar-title" aria-live="polite">${title}</p>
        <button
          part="calendar-nav button"
          class="calendar-nav"
          type="button"
          ?disabled=${!canNext}
          aria-label=${msg('Next month', {id: 'ui.calendar.next', desc: 'Button showing the next month'})}
          @click=${() => this.show(addMonths(this.month, 1))}
        >
          ›
        </button>
      </div>
      <table part="calendar-grid" class="calendar-grid" role="grid" aria-label=${`${label}, ${title}`} @keydown=${(event: KeyboardEvent) => this.onKeydown(event, stateOf)}>
        <thead>
          <tr>
            ${weekdays.map(
              (day) => html`<th scope="col" abbr=${formatDate(day, locale, {weekday: 'long'})}>${formatDate(day, locale, {weekday: 'narrow'})}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((date) => (date ? this.renderDay(date, locale, selected, stateOf) : html`<td role="gridcell"></td>`))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDay(date: string, locale: string, selected: string | undefined, stateOf: (date: string) => DayState) {
    const inWindow = date >= this.min && date <= this.max;
    const state: DayState = inWindow ? stateOf(date) : 'unavailable';
    const isSelected = date === selected;
    const name = formatDate(date, locale, {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'});
    const note =
      state === 'loading'
        ? msg('checking availability', {id: 'ui.calendar.checking', desc: 'Added to a day while its availability loads'})
        : state === 'unavailable'
          ? msg('no times available', {id: 'ui.calendar.unavailable', desc: 'Added to a day that cannot be booked'})
          : '';
    const parts = ['calendar-day', isSelected ? 'calendar-day-selected' : '', state === 'unavailable' ? 'calendar-day-unavailable' : ''].filter(Boolean);
    return html`<td
      role="gridcell"
      part=${parts.join(' ')}
      class="day ${state} ${isSelected ? 'selected' : ''}"
      data-date=${date}
      tabindex=${date === this.focused ? 0 : -1}
      aria-selected=${isSelected ? 'true' : 'false'}
      aria-disabled=${state === 'available' ? 'false' : 'true'}
      aria-label=${note ? `${name}, ${note}` : name}
      @click=${() => {
        this.focused = date;
        if (state === 'available') this.events.onSelect(date);
        else this.host.requestUpdate();
      }}
    >
      <span aria-hidden="true">${Number(date.slice(8))}</span>
    </td>`;
  }
}
