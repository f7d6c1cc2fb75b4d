import {css} from 'lit';
import {tabStyles} from '../../ui/tabs.styles.js';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const offersStyles = [
  ...listWidgetStyles,
  tabStyles,
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
    .badge,
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
