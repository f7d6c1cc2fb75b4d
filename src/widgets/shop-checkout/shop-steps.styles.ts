import {css} from 'lit';
import {promotionStyles} from '../../ui/promotion-field.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';

/** Styles of the later steps, adopted when their code loads. */
export const stepStyles = [
  summaryStyles,
  promotionStyles,
  css`
    .cart-lines {
      display: grid;
      gap: var(--_fav-space-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cart-line {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: var(--_fav-space-sm);
      padding: var(--_fav-space-sm) 0;
      border-bottom: 1px solid var(--_fav-color-border);
    }
    .cart-line.flagged {
      border-inline-start: 4px solid var(--_fav-color-warning);
      padding-inline-start: var(--_fav-space-sm);
    }
    .line-main,
    .line-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_fav-space-sm);
      min-width: 0;
    }
    .line-main {
      flex: 1 1 14rem;
    }
    .line-flag {
      flex-basis: 100%;
      margin: 0;
      color: var(--_fav-color-text);
      font-size: var(--_fav-font-size-sm);
    }
    .qty {
      display: flex;
      align-items: center;
      gap: var(--_fav-space-xs);
    }
    .qty .input {
      width: 5rem;
    }
    .subtotal {
      display: flex;
      justify-content: space-between;
      margin: 0;
    }
    .instructions {
      margin: 0;
      padding: var(--_fav-space-md);
      border-radius: var(--_fav-radius);
      background: var(--_fav-color-surface-alt);
      white-space: pre-line;
    }
    .status {
      padding: 0 var(--_fav-space-xs);
      border-radius: var(--_fav-radius);
      background: var(--_fav-color-surface-alt);
    }
    a.button {
      text-decoration: none;
      justify-self: start;
    }
    .product-layout {
      display: grid;
      gap: var(--_fav-space-lg);
      min-width: 0;
    }
    @container fav-shop (min-width: 40rem) {
      .product-layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
    }
    .product-info,
    .gallery {
      display: grid;
      gap: var(--_fav-space-md);
      align-content: start;
      min-width: 0;
    }
    .thumbs {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_fav-space-sm);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .thumbs img {
      border-radius: var(--_fav-radius);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_fav-space-sm);
    }
    .choice.unavailable {
      color: var(--_fav-color-text-muted);
      border-style: dashed;
    }
  `,
];
