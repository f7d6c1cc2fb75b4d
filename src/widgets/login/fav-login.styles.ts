import {css} from 'lit';
import {baseStyles, boxStyles} from '../../ui/widget.styles.js';

export const loginStyles = [
  ...baseStyles,
  boxStyles,
  css`
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
