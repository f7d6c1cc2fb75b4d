import {css} from 'lit';
import {promotionStyles} from '../../ui/promotion-field.styles.js';
import {summaryStyles} from '../../ui/summary.styles.js';

/** Styles of the later steps, adopted when their code loads. */
export const stepStyles = [
  summaryStyles,
  promotionStyles,
  css`
    .section {
      display: grid;
      gap: var(--_fav-space-xs);
    }
    .section p,
    .overview p,
    .rich > :first-child {
      margin-top: 0;
    }
    .rich {
      overflow-wrap: anywhere;
    }
    .rich h4 {
      margin: var(--_fav-space-md) 0 var(--_fav-space-xs);
      font-size: var(--_fav-font-size);
    }
    .plain-list,
    .agenda {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .sessions {
      padding: 0;
      list-style: none;
      display: grid;
      gap: var(--_fav-space-xs);
    }
    .session {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_fav-space-xs) var(--_fav-space-md);
      margin: 0;
    }
    .agenda-time {
      font-variant-numeric: tabular-nums;
      color: var(--_fav-color-text-muted);
    }
    .pairs {
      margin: 0;
    }
    .pairs dt {
      font-weight: var(--_fav-font-weight-strong);
    }
    .pairs dd {
      margin: 0 0 var(--_fav-space-sm);
    }
    .total {
      margin: 0;
    }
    .access {
      display: grid;
      gap: var(--_fav-space-xs);
      padding: var(--_fav-space-md);
      border: 2px dashed var(--_fav-color-border);
      border-radius: var(--_fav-radius-lg);
    }
    .access p {
      margin: 0;
    }
    .access-code {
      font-family: var(--_fav-font-family-code);
      font-size: var(--_fav-font-size-lg);
      font-weight: var(--_fav-font-weight-strong);
      letter-spacing: 0.05em;
      overflow-wrap: anywhere;
    }
    a.button {
      text-decoration: none;
    }
  `,
];
