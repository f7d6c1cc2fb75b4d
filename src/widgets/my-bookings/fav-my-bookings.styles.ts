import {css} from 'lit';
import {statusStyles} from '../../ui/status.styles.js';
import {tabStyles} from '../../ui/tabs.styles.js';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const myBookingsStyles = [
  ...listWidgetStyles,
  tabStyles,
  statusStyles,
  css`
    :host {
      container: fav-my-bookings / inline-size;
    }
    .card-heading {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_fav-space-xs) var(--_fav-space-sm);
    }
    .when {
      margin: 0;
    }
    .status.confirmed,
    .status.completed {
      background: var(--_fav-color-success-surface);
    }
    .status.pending,
    .status.draft {
      background: var(--_fav-color-warning-surface);
    }
    .status.cancelled,
    .status.no_show {
      background: var(--_fav-color-danger-surface);
    }
  `,
];
