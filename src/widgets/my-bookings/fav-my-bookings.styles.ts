import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const myBookingsStyles = [
  ...listWidgetStyles,
  css`
    :host {
      container: fav-my-bookings / inline-size;
    }
    .tabs {
      display: flex;
      gap: var(--_fav-space-xs);
      border-bottom: 1px solid var(--_fav-color-border);
    }
    .tab {
      min-height: var(--_fav-control-height);
      padding: 0 var(--_fav-space-md);
      margin-bottom: -1px;
      border: 0;
      border-bottom: 3px solid transparent;
      background: none;
      color: var(--_fav-color-text-muted);
      font: inherit;
      font-weight: var(--_fav-font-weight-strong);
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      border-bottom-color: var(--_fav-color-primary);
      color: var(--_fav-color-text);
    }
    .panel {
      display: grid;
      gap: var(--_fav-space-md);
      min-width: 0;
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
    .status {
      display: inline-block;
      padding: 0 var(--_fav-space-sm);
      border-radius: var(--_fav-radius-sm);
      background: var(--_fav-color-surface-alt);
      color: var(--_fav-color-text);
      font-size: var(--_fav-font-size-sm);
      font-weight: var(--_fav-font-weight-strong);
      white-space: nowrap;
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
