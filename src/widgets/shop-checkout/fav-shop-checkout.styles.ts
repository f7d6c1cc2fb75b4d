import {css} from 'lit';
import {listWidgetStyles} from '../../ui/widget.styles.js';

export const shopStyles = [
  ...listWidgetStyles,
  css`
    :host {
      container: fav-shop / inline-size;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: center;
      gap: var(--_fav-space-sm);
    }
    .badge {
      min-width: 1.5em;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--_fav-color-primary);
      color: var(--_fav-color-on-primary);
      text-align: center;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      align-items: end;
      gap: var(--_fav-space-sm);
    }
    .product-grid {
      transition: opacity var(--_fav-transition);
    }
    .product-grid[aria-busy='true'] {
      opacity: 0.6;
    }
    .square {
      aspect-ratio: 1;
    }
    .price-regular {
      margin-inline-end: var(--_fav-space-xs);
      color: var(--_fav-color-text-muted);
      font-weight: normal;
    }
    .stock {
      font-size: var(--_fav-font-size-sm);
      font-weight: var(--_fav-font-weight-strong);
    }
    .stock.out {
      color: var(--_fav-color-danger);
    }
    .sold-out .card-image {
      opacity: 0.6;
    }
  `,
];
