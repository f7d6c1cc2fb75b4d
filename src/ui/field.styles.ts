import {css} from 'lit';

/** Labels, inputs, selects, checkboxes, hints and errors of the fields (field.ts). */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_fav-space-xs);
    min-width: 0;
  }
  .label {
    font-weight: var(--_fav-font-weight-strong);
  }
  .required {
    margin-inline-start: 0.2em;
    color: var(--_fav-color-danger);
  }
  .input {
    width: 100%;
    min-height: var(--_fav-control-height);
    padding: var(--_fav-space-sm) var(--_fav-space-md);
    border: 1px solid var(--_fav-color-border);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface);
    color: var(--_fav-color-text);
    font: inherit;
    line-height: var(--_fav-line-height);
  }
  textarea.input {
    min-height: 6rem;
    resize: vertical;
  }
  .input::placeholder {
    color: var(--_fav-color-text-muted);
  }
  .invalid .input {
    border-color: var(--_fav-color-danger);
    border-width: 2px;
  }
  .affix {
    display: flex;
    align-items: stretch;
  }
  .prefix {
    display: flex;
    align-items: center;
    padding: 0 var(--_fav-space-sm);
    border: 1px solid var(--_fav-color-border);
    border-inline-end: 0;
    border-radius: var(--_fav-radius) 0 0 var(--_fav-radius);
    background: var(--_fav-color-surface-alt);
    color: var(--_fav-color-text-muted);
  }
  .affix .input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .hint,
  .error {
    margin: 0;
    font-size: var(--_fav-font-size-sm);
  }
  .hint {
    color: var(--_fav-color-text-muted);
  }
  .error {
    color: var(--_fav-color-danger);
  }
  .checkbox-field {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_fav-space-sm);
  }
  .checkbox-field .label {
    font-weight: normal;
  }
  .checkbox-field .hint,
  .checkbox-field .error {
    grid-column: 2;
  }
  .checkbox {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_fav-color-primary);
    /* Firefox paints a disabled toggle with its own translucent white, not a token colour. */
    background-color: transparent;
  }
`;
