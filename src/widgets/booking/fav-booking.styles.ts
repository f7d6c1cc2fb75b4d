import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const bookingStyles = [
  ...listWidgetStyles,
  css`
    :host {
      --_max-width: var(--fav-booking-max-width, 48rem);
      max-width: var(--_max-width);
      container: fav-booking / inline-size;
    }
  `,
];
