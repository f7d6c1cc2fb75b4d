import {css} from 'lit';
import {calendarStyles} from '../../ui/calendar.styles.js';
import {promotionStyles} from '../../ui/promotion-field.styles.js';
import {slotPickerStyles} from '../../ui/slot-picker.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';
import {daySlotsStyles} from '../shared/day-slots.styles.js';

/** Styles of the later steps, adopted when their code loads. */
export const stepStyles = [
  calendarStyles,
  slotPickerStyles,
  summaryStyles,
  daySlotsStyles,
  promotionStyles,
  css`
  a.button {
    text-decoration: none;
  }
  `,
];
