import {css} from 'lit';
import {statusStyles} from '../../ui/status.styles.js';
import {tabStyles} from '../../ui/tabs.styles.js';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const offersStyles = [
  ...listWidgetStyles,
  tabStyles,
  statusStyles,
  css`
    :host {
      container: fav-offers / inline-size;
    }
    .sign-in {
      display: grid;
      gap: var(--_fav-space-md);
      min-width: 0;
    }
    .card-heading,
    .tier-heading {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_fav-space-xs) var(--_fav-space-sm);
    }
    .tier.current {
      border: 2px solid var(--_fav-color-primary);
    }
    .badge.current {
      background: var(--_fav-color-primary);
      color: var(--_fav-color-on-primary);
    }
    .benefits {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .reason {
      margin: 0;
      color: var(--_fav-color-text-muted);
      font-style: italic;
    }
  `,
];
