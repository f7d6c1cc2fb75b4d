import {css} from 'lit';

/** Questions, scales, progress: adopted when the questions arrive. */
export const stepStyles = [
  css`
    .question {
      display: grid;
      gap: var(--_fav-space-xs);
      min-width: 0;
    }
    .statement {
      display: grid;
      gap: var(--_fav-space-xs);
      padding-block-start: var(--_fav-space-sm);
      border-block-start: 1px solid var(--_fav-color-border);
    }
    .choice-list {
      display: grid;
      gap: var(--_fav-space-sm);
    }
    .scale-points {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_fav-space-xs);
    }
    .scale-point {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: var(--fav-survey-scale-size, 2.75rem);
      min-height: var(--fav-survey-scale-size, 2.75rem);
      border: 1px solid var(--_fav-color-border);
      border-radius: var(--_fav-radius);
      background: var(--_fav-color-surface);
      cursor: pointer;
      font-weight: var(--_fav-font-weight-strong);
    }
    .scale-point input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .scale-point:has(input:checked) {
      background: var(--_fav-color-primary);
      border-color: var(--_fav-color-primary);
      color: var(--_fav-color-on-primary);
    }
    .scale-point:has(input:focus-visible) {
      outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
      outline-offset: var(--_fav-focus-ring-offset);
    }
    .choices.invalid .scale-point {
      border-color: var(--_fav-color-danger);
    }
    .scale-ends {
      display: flex;
      justify-content: space-between;
      gap: var(--_fav-space-md);
    }
    .hint {
      margin: 0;
      font-size: var(--_fav-font-size-sm);
      color: var(--_fav-color-text-muted);
    }
    .progress {
      display: grid;
      gap: var(--_fav-space-xs);
    }
    .progress-label {
      margin: 0;
      font-size: var(--_fav-font-size-sm);
      color: var(--_fav-color-text-muted);
    }
    .progress-bar {
      width: 100%;
      height: 0.5rem;
      appearance: none;
      border: 0;
      border-radius: 999px;
      background: var(--_fav-color-surface-alt);
      accent-color: var(--_fav-color-primary);
      overflow: hidden;
    }
    .progress-bar::-webkit-progress-bar {
      background: var(--_fav-color-surface-alt);
    }
    .progress-bar::-webkit-progress-value {
      background: var(--_fav-color-primary);
    }
    .progress-bar::-moz-progress-bar {
      background: var(--_fav-color-primary);
    }
    .notice {
      display: grid;
      gap: var(--_fav-space-xs);
    }
  `,
];
