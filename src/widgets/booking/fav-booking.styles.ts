import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const bookingStyles = [
  ...listWidgetStyles,
  css`
    :host {
      container: fav-booking / inline-size;
    }
  `,
];
