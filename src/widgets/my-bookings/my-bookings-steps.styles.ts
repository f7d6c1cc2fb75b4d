import {css} from 'lit';
import {calendarStyles} from '../../ui/calendar.styles.js';
import {slotPickerStyles} from '../../ui/slot-picker.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';

/** Styles of the detail, cancel and reschedule steps, adopted when their code loads. */
export const stepStyles = [
  calendarStyles,
  slotPickerStyles,
  summaryStyles,
  css`
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
