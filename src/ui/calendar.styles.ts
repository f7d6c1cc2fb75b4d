import {css} from 'lit';

export const calendarStyles = css`
  .calendar {
    display: grid;
    gap: var(--_fav-space-sm);
    max-width: 22rem;
  }
  .calendar-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_fav-space-sm);
  }
  .calendar-title {
    margin: 0;
    font-size: var(--_fav-font-size);
    font-weight: var(--_fav-font-weight-strong);
  }
  .calendar-nav {
    min-width: var(--_fav-control-height);
    min-height: var(--_fav-control-height);
    border: 1px solid var(--_fav-color-border);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface);
    color: var(--_fav-color-text);
    font: inherit;
    font-size: var(--_fav-font-size-lg);
    cursor: pointer;
  }
  .calendar-nav:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .calendar-grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .calendar-grid th {
    padding: var(--_fav-space-xs) 0;
    font-size: var(--_fav-font-size-sm);
    font-weight: normal;
    color: var(--_fav-color-text-muted);
    text-align: center;
  }
  .day {
    height: 2.5rem;
    border-radius: var(--_fav-radius);
    text-align: center;
    cursor: pointer;
    font-weight: var(--_fav-font-weight-strong);
  }
  .day.available:hover {
    background: var(--_fav-color-surface-alt);
  }
  .day.unavailable {
    color: var(--_fav-color-text-muted);
    font-weight: normal;
    text-decoration: line-through;
    cursor: default;
  }
  .day.loading {
    color: var(--_fav-color-text-muted);
    font-weight: normal;
  }
  .day.selected {
    background: var(--_fav-color-primary);
    color: var(--_fav-color-on-primary);
  }
  .day:focus-visible {
    outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
    outline-offset: calc(-1 * var(--_fav-focus-ring-width));
  }
`;
