import {css} from 'lit';

/** A term / value list (`<dl class="summary">` of `.summary-row`s), e.g. a booking's details. Part: `summary`. */
export const summaryStyles = css`
  .summary {
    display: grid;
    gap: var(--_fav-space-xs);
    margin: 0;
    padding: var(--_fav-space-md);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface-alt);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(6rem, 1fr) 2fr;
    gap: var(--_fav-space-sm);
  }
  .summary dt {
    color: var(--_fav-color-text-muted);
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
