import {bannerStyles} from './banner.styles.js';
import {buttonStyles} from './button.styles.js';
import {fieldStyles} from './field.styles.js';
import {formStyles} from './form.styles.js';
import {pagerStyles} from './pager.styles.js';
import {skeletonStyles} from './skeleton.styles.js';
import {stepHeaderStyles} from './step-header.styles.js';
import {tokenStyles} from './tokens.styles.js';
import {css} from 'lit';

/** What every widget's styles start with: the tokens and the shared pieces' styles. */
export const baseStyles = [tokenStyles, buttonStyles, fieldStyles, formStyles, bannerStyles, stepHeaderStyles, skeletonStyles];

/** The widget's box: its `base` part, with padding, border and shadow. */
export const boxStyles = css`
  .base {
    display: grid;
    gap: var(--_fav-space-md);
    padding: var(--_fav-space-lg);
    border: 1px solid var(--_fav-color-border);
    border-radius: var(--_fav-radius-lg);
    background: var(--_fav-color-surface);
    box-shadow: var(--_fav-shadow);
    min-width: 0;
  }
`;

/**
 * The widget box, cards, card lists, choices (radio cards), search rows, meta lines and empty
 * states that the list-and-detail widgets share.
 */
export const cardStyles = css`
  ${boxStyles}
  .environment-loading {
    min-height: 16rem;
  }
  .muted,
  .timezone {
    margin: 0;
    color: var(--_fav-color-text-muted);
  }
  .empty {
    margin: 0;
    padding: var(--_fav-space-md);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface-alt);
  }
  .subheading {
    margin: 0;
    font-size: var(--_fav-font-size);
    font-weight: var(--_fav-font-weight-strong);
  }
  /*
   * Lists: one column in a narrow widget, cards side by side from 36rem (the widget is the query
   * container); layout="list" asks for compact rows with a small image instead.
   */
  .card-list {
    display: grid;
    gap: var(--_fav-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 36rem) {
    :host(:not([layout='list'])) .card-list {
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
  }
  :host([layout='list']) .card {
    display: flex;
  }
  :host([layout='list']) .card-image {
    flex: none;
    width: clamp(5rem, 28%, 10rem);
    align-self: start;
    margin: var(--_fav-space-md) 0 var(--_fav-space-md) var(--_fav-space-md);
    border-radius: var(--_fav-radius);
  }
  :host([layout='list']) .card-body {
    flex: 1;
    align-content: start;
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    overflow: hidden;
    border: 1px solid var(--_fav-color-border);
    border-radius: var(--_fav-radius-lg);
    background: var(--_fav-color-surface);
  }
  .card-image,
  .hero-image {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--_fav-image-max-height);
    aspect-ratio: var(--_fav-image-aspect-ratio);
    object-fit: cover;
    background: var(--_fav-color-surface-alt);
  }
  .hero-image {
    max-height: calc(1.5 * var(--_fav-image-max-height));
    border-radius: var(--_fav-radius-lg);
  }
  .card-body {
    display: grid;
    gap: var(--_fav-space-xs);
    padding: var(--_fav-space-md);
  }
  .card-title {
    margin: 0;
    font-size: var(--_fav-font-size-lg);
  }
  .card-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_fav-color-primary);
    font: inherit;
    font-weight: var(--_fav-font-weight-strong);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .card-link::after {
    /* The whole card is the target; the button stays the one focusable control. */
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-text,
  .description {
    margin: 0;
  }
  .card-text {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    color: var(--_fav-color-text-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fav-space-xs) var(--_fav-space-md);
    margin: 0;
  }
  .price {
    font-weight: var(--_fav-font-weight-strong);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_fav-space-sm);
  }
  .search .field {
    flex: 1 1 12rem;
  }
  .choices {
    display: grid;
    gap: var(--_fav-space-sm);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choices .label {
    padding: 0;
    margin-bottom: var(--_fav-space-xs);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_fav-space-sm);
    min-height: var(--_fav-control-height);
    padding: var(--_fav-space-sm) var(--_fav-space-md);
    border: 1px solid var(--_fav-color-border);
    border-radius: var(--_fav-radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_fav-color-primary);
    box-shadow: inset 0 0 0 1px var(--_fav-color-primary);
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_fav-color-primary);
    /* Firefox paints a disabled toggle with its own translucent white, not a token colour. */
    background-color: transparent;
  }
  .choice-text {
    display: grid;
  }
  .choices.invalid .choice {
    border-color: var(--_fav-color-danger);
  }
  .avatar {
    border-radius: 50%;
  }
`;

/** `baseStyles` plus pages and cards: the list-and-detail widgets (booking, events, shop). */
export const listWidgetStyles = [...baseStyles, pagerStyles, cardStyles];
