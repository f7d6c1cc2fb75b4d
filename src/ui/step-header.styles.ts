import {css} from 'lit';

/** The step heading of {@link renderStepHeader} (step-header.ts). */
export const stepHeaderStyles = css`
  .step-heading {
    margin: 0;
    font-size: var(--_fav-font-size-lg);
    font-weight: var(--_fav-font-weight-strong);
    line-height: 1.3;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
  }
`;
