import {css} from 'lit';
import {bannerStyles} from '../../ui/banner.js';
import {buttonStyles} from '../../ui/button.js';
import {fieldStyles} from '../../ui/field.js';
import {formStyles} from '../../ui/form.js';
import {pagerStyles} from '../../ui/pager.js';
import {skeletonStyles} from '../../ui/skeleton.js';
import {stepHeaderStyles} from '../../ui/step-header.js';
import {tokenStyles} from '../../ui/tokens.js';
import {bookingPieces} from '../booking/fav-booking.styles.js';

export const eventsStyles = [
  tokenStyles,
  buttonStyles,
  fieldStyles,
  formStyles,
  bannerStyles,
  stepHeaderStyles,
  skeletonStyles,
  pagerStyles,
  bookingPieces,
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
