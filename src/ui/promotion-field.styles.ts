import {css} from 'lit';

/** The promotion code piece (promotion-field.ts): the link, the field with its buttons on one row, the applied code. */
export const promotionStyles = css`
  .promotion {
    display: grid;
    gap: var(--_fav-space-xs);
    justify-items: start;
    min-width: 0;
  }
  .promotion.editing {
    justify-items: stretch;
  }
  .promotion.applied {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_fav-space-md);
  }
  .promotion.applied .hint {
    flex-basis: 100%;
  }
  .promotion-applied {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .promotion-code {
    letter-spacing: 0.04em;
  }
  .control-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_fav-space-sm);
  }
  .control-row .input {
    flex: 1 1 9rem;
    width: auto;
    min-width: 0;
    max-width: 18rem;
  }
`;
