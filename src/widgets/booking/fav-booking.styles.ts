import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const bookingStyles = [
  ...listWidgetStyles,
  css`
    :host {
      container: fav-booking / inline-size;
    }
    /* Staff and rooms side by side when there is room, as the service list. */
    @container (min-width: 36rem) {
      .people {
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      }
      .people .error {
        grid-column: 1 / -1;
      }
    }
  `,
];
