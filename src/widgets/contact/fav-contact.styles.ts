import {css} from 'lit';
import {baseStyles, cardStyles} from '../../ui/widget.styles.js';

export const contactStyles = [
  ...baseStyles,
  cardStyles,
  css`
    /* As tall as the form, so nothing below moves when it arrives. */
    .environment-loading {
      min-height: 33.4375rem;
    }
    .reply-group {
      display: grid;
      gap: var(--_fav-space-sm);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .reply-group > .label {
      padding: 0;
    }
    .form {
      position: relative;
    }
    /* The honeypot: out of sight and out of reach for people, still in the form for bots. */
    .trap {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      opacity: 0;
      pointer-events: none;
    }
  `,
];
