import {css} from 'lit';
import {baseStyles} from '../../ui/widget.styles.js';

export const loginStyles = [
  ...baseStyles,
  css`
    .base {
      display: grid;
      gap: var(--_fav-space-md);
      padding: var(--_fav-space-lg);
      border: 1px solid var(--_fav-color-border);
      border-radius: var(--_fav-radius-lg);
      background: var(--_fav-color-surface);
      box-shadow: var(--_fav-shadow);
    }
    .signed-in {
      margin: 0;
    }
    /* Loading states as tall as the sign-in form, so nothing below moves when it arrives. */
    .environment-loading,
    .skeleton-group {
      min-height: 14.9375rem;
    }
  `,
];
