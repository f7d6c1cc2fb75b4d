import {css} from 'lit';
import {calendarStyles} from '../../ui/calendar.styles.js';
import {slotPickerStyles} from '../../ui/slot-picker.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';
import {daySlotsStyles} from '../shared/day-slots.styles.js';

/** Styles of the detail, cancel and reschedule steps, adopted when their code loads. */
export const stepStyles = [
  calendarStyles,
  slotPickerStyles,
  summaryStyles,
  daySlotsStyles,
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
    .new-time {
      margin: 0;
      font-weight: var(--_fav-font-weight-strong);
    }
  `,
];
