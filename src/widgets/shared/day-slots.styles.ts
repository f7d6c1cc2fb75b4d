import {css} from 'lit';

/**
 * The date-and-time step of booking and rescheduling: the calendar beside the chosen day's times
 * ({@link renderDaySlots}, day-slots.ts) once the widget is wide enough, one under the other before.
 */
export const daySlotsStyles = css`
  .time-layout {
    display: grid;
    gap: var(--_fav-space-lg);
    align-items: start;
  }
  @container (min-width: 40rem) {
    .time-layout {
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    }
  }
  .day-slots {
    display: grid;
    gap: var(--_fav-space-sm);
    min-width: 0;
  }
`;
