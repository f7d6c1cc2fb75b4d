import {baseStyles, cardStyles} from '../../ui/widget.styles.js';

export const surveyStyles = [...baseStyles, cardStyles];
