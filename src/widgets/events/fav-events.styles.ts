import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const eventsStyles = [
  ...listWidgetStyles,
  css`
    :host {
      container: fav-events / inline-size;
    }
    .event-date {
      margin: 0;
    }
    .availability.warning {
      color: var(--_fav-color-danger);
      font-weight: var(--_fav-font-weight-strong);
    }
    .availability.muted {
      color: var(--_fav-color-text-muted);
    }
  `,
];
