import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const eventsStyles = [
  ...listWidgetStyles,
  css`
    :host {
      --_max-width: var(--fav-events-max-width, 48rem);
      max-width: var(--_max-width);
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
    @container fav-events (min-width: 36rem) {
      .card-list.grid {
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      }
    }
  `,
];
