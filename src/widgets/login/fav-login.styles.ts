import {css} from 'lit';
import {bannerStyles} from '../../ui/banner.js';
import {buttonStyles} from '../../ui/button.js';
import {fieldStyles} from '../../ui/field.js';
import {formStyles} from '../../ui/form.js';
import {skeletonStyles} from '../../ui/skeleton.js';
import {stepHeaderStyles} from '../../ui/step-header.js';
import {tokenStyles} from '../../ui/tokens.js';

export const loginStyles = [
  tokenStyles,
  buttonStyles,
  fieldStyles,
  formStyles,
  bannerStyles,
  stepHeaderStyles,
  skeletonStyles,
  css`
    :host {
      --_max-width: var(--fav-login-max-width, 28rem);
      max-width: var(--_max-width);
    }
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
    .environment-loading {
      min-height: 12rem;
    }
  `,
];
