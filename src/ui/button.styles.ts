import {css} from 'lit';

/** The buttons of {@link renderButton} (button.ts): primary, secondary, link, and busy with a spinner. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_fav-space-sm);
    min-height: var(--_fav-control-height);
    padding: 0 var(--_fav-space-md);
    border: 1px solid transparent;
    border-radius: var(--_fav-radius);
    font: inherit;
    font-weight: var(--_fav-font-weight-strong);
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    transition:
      background-color var(--_fav-transition),
      border-color var(--_fav-transition);
  }
  .button.primary {
    background: var(--_fav-color-primary);
    color: var(--_fav-color-on-primary);
  }
  .button.primary:hover:not(:disabled) {
    background: var(--_fav-color-primary-hover);
  }
  .button.secondary {
    background: var(--_fav-color-surface);
    color: var(--_fav-color-text);
    border-color: var(--_fav-color-border);
  }
  .button.secondary:hover:not(:disabled) {
    border-color: var(--_fav-color-primary);
  }
  .button.link {
    justify-self: start;
    min-height: auto;
    padding: var(--_fav-space-xs) 0;
    background: none;
    color: var(--_fav-color-primary);
    font-weight: normal;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .button-spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: fav-spin 0.8s linear infinite;
  }
  @keyframes fav-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .button-spinner {
      animation-duration: 2.4s;
    }
  }
`;
