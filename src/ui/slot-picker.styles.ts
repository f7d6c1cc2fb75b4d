import {css} from 'lit';

export const slotPickerStyles = css`
  .slot-list {
    display: grid;
    gap: var(--_fav-space-md);
  }
  .slot-group {
    display: grid;
    gap: var(--_fav-space-xs);
  }
  .slot-group-heading {
    margin: 0;
    font-size: var(--_fav-font-size-sm);
    font-weight: var(--_fav-font-weight-strong);
    color: var(--_fav-color-text-muted);
  }
  .slot-buttons {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
    gap: var(--_fav-space-sm);
  }
  .slot {
    display: grid;
    justify-items: center;
    min-height: var(--_fav-control-height);
    padding: var(--_fav-space-xs) var(--_fav-space-sm);
    border: 1px solid var(--_fav-color-primary);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface);
    color: var(--_fav-color-primary);
    font: inherit;
    font-weight: var(--_fav-font-weight-strong);
    cursor: pointer;
  }
  .slot:hover {
    background: var(--_fav-color-surface-alt);
  }
  .slot.selected {
    background: var(--_fav-color-primary);
    color: var(--_fav-color-on-primary);
  }
  .slot-note {
    font-size: var(--_fav-font-size-sm);
    font-weight: normal;
  }
`;
