import {css} from 'lit';

/**
 * Status and badge pills: a short bold label on a tint (booking and redemption statuses, tier
 * badges). The tint of each state is the widget's own.
 */
export const statusStyles = css`
  .status,
  .badge {
    display: inline-block;
    padding: 0 var(--_fav-space-sm);
    border-radius: var(--_fav-radius-sm);
    background: var(--_fav-color-surface-alt);
    color: var(--_fav-color-text);
    font-size: var(--_fav-font-size-sm);
    font-weight: var(--_fav-font-weight-strong);
    white-space: nowrap;
  }
`;
