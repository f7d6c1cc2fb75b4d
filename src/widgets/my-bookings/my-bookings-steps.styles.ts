import {css} from 'lit';
import {calendarStyles} from '../../ui/calendar.styles.js';
import {slotPickerStyles} from '../../ui/slot-picker.styles.js';

/** Styles of the detail, cancel and reschedule steps, adopted when their code loads. */
export const stepStyles = [
  calendarStyles,
  slotPickerStyles,
  css`
    .summary {
      display: grid;
      gap: var(--_fav-space-xs);
      margin: 0;
      padding: var(--_fav-space-md);
      border-radius: var(--_fav-radius);
      background: var(--_fav-color-surface-alt);
    }
    .summary-row {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) 2fr;
      gap: var(--_fav-space-sm);
    }
    .summary dt {
      color: var(--_fav-color-text-muted);
    }
    .summary dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .summary-line {
      margin: 0;
    }
    .line-items {
      display: grid;
      gap: var(--_fav-space-xs);
    }
    .line-item-list {
      display: grid;
      gap: var(--_fav-space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .line-item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_fav-space-sm);
    }
    a.button {
      text-decoration: none;
    }
    .time-layout {
      display: grid;
      gap: var(--_fav-space-lg);
      align-items: start;
    }
    @container fav-my-bookings (min-width: 40rem) {
      .time-layout {
        grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      }
    }
    .day-slots {
      display: grid;
      gap: var(--_fav-space-sm);
      min-width: 0;
    }
    .new-time {
      margin: 0;
      font-weight: var(--_fav-font-weight-strong);
    }
  `,
];
