import {css} from 'lit';
import {baseStyles, cardStyles} from '../../ui/widget.styles.js';

export const surveyStyles = [
  ...baseStyles,
  cardStyles,
  css`
    :host {
      display: block;
      --_max-width: var(--fav-survey-max-width, 40rem);
      max-width: var(--_max-width);
    }
  `,
];
