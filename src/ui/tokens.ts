import {css, unsafeCSS} from 'lit';

/** One design token: a `--fav-*` custom property with its light and dark defaults. */
export interface Token {
  name: `--fav-${string}`;
  light: string;
  dark: string;
  description: string;
}

/**
 * Every `--fav-*` token, the one source for the widgets' styles, the reference in the README and
 * the contrast tests. Designers set these on `fav-provider`, a widget, or any ancestor.
 * Text colours meet WCAG AA (4.5:1) on both surfaces in light and dark.
 */
export const tokens: readonly Token[] = [
  {name: '--fav-color-primary', light: '#0b5fd1', dark: '#7ab4ff', description: 'Main actions, links, selected states and the focus ring.'},
  {name: '--fav-color-primary-hover', light: '#094da9', dark: '#a3cbff', description: 'Main actions under the pointer.'},
  {name: '--fav-color-on-primary', light: '#ffffff', dark: '#0b1a2e', description: 'Text and icons on the primary colour.'},
  {name: '--fav-color-surface', light: '#ffffff', dark: '#16181d', description: 'Background of the widget and its inputs.'},
  {name: '--fav-color-surface-alt', light: '#f3f5f8', dark: '#20242b', description: 'Background of cards, banners and skeletons.'},
  {name: '--fav-color-text', light: '#1f2328', dark: '#e8eaed', description: 'Body text.'},
  {name: '--fav-color-text-muted', light: '#57606a', dark: '#a8b0ba', description: 'Hints, secondary text and placeholders.'},
  {name: '--fav-color-border', light: '#8c959f', dark: '#6b7480', description: 'Input and card borders (3:1 against the surface).'},
  {name: '--fav-color-danger', light: '#b42318', dark: '#ff8a80', description: 'Error text and error borders.'},
  {name: '--fav-color-danger-surface', light: '#fdecea', dark: '#3a1d1b', description: 'Background of error banners.'},
  {name: '--fav-color-success', light: '#1a7f37', dark: '#6fdd8b', description: 'Success text and icons.'},
  {name: '--fav-color-success-surface', light: '#e9f7ee', dark: '#16301f', description: 'Background of success banners.'},
  {name: '--fav-color-warning', light: '#8a5300', dark: '#f2c46d', description: 'Warning text and icons.'},
  {name: '--fav-color-warning-surface', light: '#fff5e0', dark: '#33280f', description: 'Background of warning banners.'},
  {name: '--fav-color-info-surface', light: '#eaf2fd', dark: '#182638', description: 'Background of information banners.'},
  {name: '--fav-color-focus', light: '#0b5fd1', dark: '#7ab4ff', description: 'Colour of the keyboard focus ring.'},
  {name: '--fav-font-family', light: 'inherit', dark: 'inherit', description: 'Font of every widget; inherits the host page font by default.'},
  {name: '--fav-font-size', light: '1rem', dark: '1rem', description: 'Base text size.'},
  {name: '--fav-font-size-sm', light: '0.875rem', dark: '0.875rem', description: 'Hints, errors and secondary text.'},
  {name: '--fav-font-size-lg', light: '1.25rem', dark: '1.25rem', description: 'Step headings.'},
  {name: '--fav-font-weight-strong', light: '600', dark: '600', description: 'Headings, labels and buttons.'},
  {name: '--fav-line-height', light: '1.5', dark: '1.5', description: 'Body line height.'},
  {name: '--fav-control-height', light: '2.75rem', dark: '2.75rem', description: 'Height of inputs and buttons (at least 44 px touch targets).'},
  {name: '--fav-radius-sm', light: '4px', dark: '4px', description: 'Small corners (checkboxes, chips).'},
  {name: '--fav-radius', light: '8px', dark: '8px', description: 'Inputs, buttons and banners.'},
  {name: '--fav-radius-lg', light: '12px', dark: '12px', description: 'Cards and the widget box.'},
  {name: '--fav-space-xs', light: '0.25rem', dark: '0.25rem', description: 'Smallest gap (label to input).'},
  {name: '--fav-space-sm', light: '0.5rem', dark: '0.5rem', description: 'Gap between related items.'},
  {name: '--fav-space-md', light: '1rem', dark: '1rem', description: 'Gap between fields; widget padding.'},
  {name: '--fav-space-lg', light: '1.5rem', dark: '1.5rem', description: 'Gap between sections.'},
  {name: '--fav-shadow', light: '0 1px 3px rgb(0 0 0 / 0.12)', dark: '0 1px 3px rgb(0 0 0 / 0.6)', description: 'Shadow of cards and the widget box.'},
  {name: '--fav-focus-ring-width', light: '3px', dark: '3px', description: 'Width of the keyboard focus ring.'},
  {name: '--fav-focus-ring-offset', light: '2px', dark: '2px', description: 'Gap between a control and its focus ring.'},
  {name: '--fav-transition', light: '150ms', dark: '150ms', description: 'Duration of hover and state transitions (0 under reduced motion).'},
];

const privateName = (name: string) => name.replace('--fav-', '--_fav-');
const declarations = (pick: 'light' | 'dark') =>
  tokens.map((token) => `${privateName(token.name)}: var(${token.name}, ${token[pick]});`).join('\n');

/**
 * Include first in every widget's styles. Maps each public token onto a private `--_fav-*` variable
 * with the default for the widget's `theme` (light, dark, or auto = the OS setting), plus a reset.
 *
 * Host-page rules that match the widget's own tag (`*`, `[class]`, `fav-login`) beat normal `:host`
 * declarations, and inherited text properties cross the shadow boundary: the widget owns its box
 * and its text with `!important` (with which `:host` wins over any page rule). The font family is
 * left to the page on purpose; the size follows the tokens (rem: the page's root size).
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations('light'))}
    display: block;
    box-sizing: border-box;
    font-family: var(--_fav-font-family);
    font-size: var(--_fav-font-size) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: var(--_fav-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    white-space: normal !important;
    color: var(--_fav-color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations('dark'))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(declarations('dark'))}
      color-scheme: dark;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_fav-transition: 0s;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
    outline-offset: var(--_fav-focus-ring-offset);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
