import {css} from 'lit';
import {baseStyles, cardStyles} from '../../ui/widget.styles.js';
import {pagerStyles} from '../../ui/pager.styles.js';

/**
 * Rendered content inherits the host page's typography (font, size, colour) unless the
 * `--fav-cms-*` properties, the `--fav-font-family` and `--fav-color-text` tokens or
 * `::part(content)` say otherwise.
 */
const contentStyles = css`
  :host {
    --_cms-font-family: var(--fav-cms-font-family, var(--_fav-font-family));
    --_cms-color: var(--fav-cms-color, var(--fav-color-text, inherit));
    --_cms-gap: var(--fav-cms-gap, var(--_fav-space-md));
    font-family: var(--_cms-font-family);
    color: var(--_cms-color);
    font-size: inherit !important;
    line-height: inherit !important;
  }
  .article,
  .content {
    display: grid;
    gap: var(--_cms-gap);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_fav-color-text-muted);
    font-size: var(--_fav-font-size-sm);
  }
  .title {
    margin: 0;
  }
  .featured {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_fav-radius-lg);
  }
  .back {
    justify-self: start;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fav-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .categories li {
    padding: 0 var(--_fav-space-sm);
    border-radius: var(--_fav-radius);
    background: var(--_fav-color-surface-alt);
    font-size: var(--_fav-font-size-sm);
  }
`;

export const cmsStyles = [...baseStyles, pagerStyles, cardStyles, contentStyles];

/** The posts list is the query container its cards lay out by. */
export const postsStyles = [
  ...cmsStyles,
  css`
    :host {
      container-type: inline-size;
    }
  `,
];

export const menuStyles = [
  ...baseStyles,
  css`
    :host {
      font-family: var(--fav-cms-font-family, var(--_fav-font-family));
    }
    .menu,
    .submenu {
      display: flex;
      flex-wrap: wrap;
      gap: var(--fav-menu-gap, var(--_fav-space-sm) var(--_fav-space-md));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .submenu {
      flex-direction: column;
      flex-wrap: nowrap;
      gap: var(--_fav-space-xs);
      padding: var(--_fav-space-xs) 0 var(--_fav-space-xs) var(--_fav-space-md);
    }
    .submenu[hidden] {
      display: none;
    }
    .item-row {
      display: flex;
      align-items: center;
      gap: var(--_fav-space-xs);
    }
    .link {
      color: var(--fav-menu-link-color, inherit);
      text-underline-offset: 0.15em;
      min-height: 1.5rem;
      display: inline-flex;
      align-items: center;
    }
    .link[aria-current='page'] {
      font-weight: var(--_fav-font-weight-strong);
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: var(--_fav-space-xs);
      min-height: 1.5rem;
      min-width: 1.5rem;
      padding: 0 var(--_fav-space-xs);
      border: 0;
      border-radius: var(--_fav-radius);
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .toggle:focus-visible,
    .link:focus-visible {
      outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
      outline-offset: var(--_fav-focus-ring-offset);
    }
    .chevron {
      display: inline-block;
      transition: transform var(--_fav-transition);
    }
    .toggle[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }
  `,
];
