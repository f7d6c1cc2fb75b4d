import {css} from 'lit';
import {calendarStyles} from '../../ui/calendar.styles.js';
import {slotPickerStyles} from '../../ui/slot-picker.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';

/** Styles of the later steps, adopted when their code loads. */
export const stepStyles = [
  calendarStyles,
  slotPickerStyles,
  summaryStyles,
  css`
  .time-layout {
    display: grid;
    gap: var(--_fav-space-lg);
    align-items: start;
  }
  @container fav-booking (min-width: 40rem) {
    .time-layout {
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    }
  }
  .day-slots {
    display: grid;
    gap: var(--_fav-space-sm);
    min-width: 0;
  }
  a.button {
    text-decoration: none;
  }
  `,
];
