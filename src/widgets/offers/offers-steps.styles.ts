import {css} from 'lit';
import {summaryStyles} from '../../ui/summary.styles.js';

/** Styles of the detail, confirmation, result, claim and redemptions, adopted when their code loads. */
export const stepStyles = [
  summaryStyles,
  css`
    .terms {
      display: grid;
      gap: var(--_fav-space-xs);
    }
    .coupon {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_fav-space-sm);
      margin: 0;
    }
    .coupon-code {
      padding: var(--_fav-space-xs) var(--_fav-space-sm);
      border: 1px dashed var(--_fav-color-border);
      border-radius: var(--_fav-radius-sm);
      font-family: var(--_fav-font-family-code);
      font-size: var(--_fav-font-size-lg);
      letter-spacing: 0.05em;
      overflow-wrap: anywhere;
    }
    .coupon-code.final {
      text-decoration: line-through;
      color: var(--_fav-color-text-muted);
    }
    .next-steps {
      margin: 0;
    }
    .status.valid,
    .status.fulfilled {
      background: var(--_fav-color-success-surface);
    }
    .status.expired,
    .status.voided {
      background: var(--_fav-color-danger-surface);
    }
  `,
];
