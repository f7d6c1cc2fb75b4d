/**
 * One design token: a `--fav-*` custom property and its default for each `theme`. `dark` is given
 * (or empty) when it differs from `light`; `inherit` when the default theme does not simply take the
 * light or dark value. What the token colours or sizes is the comment after it, which the manifest
 * and the README read (and the bundle does not carry).
 */
export type Token = readonly [name: `--fav-${string}`, light: string, dark?: string, inherit?: string];

/**
 * Every `--fav-*` token, `[name, light, dark, inherit]`, the one source for the widgets' styles, the
 * reference in the README and the contrast tests. Designers set these on `fav-provider`, a widget,
 * or any ancestor; a token set by the designer wins over every theme.
 *
 * Themes: `light` and `dark` are fixed palettes whose text colours meet WCAG AA (4.5:1) on both
 * surfaces. The default, `inherit`, wears the page's font and text colour: the widget's own
 * background is transparent, and muted text, tints and borders are mixed from the page's text
 * colour, so it sits on any page; its accent colours are the light palette's on a page with dark
 * text and the dark palette's on a page with light text.
 */
export const tokens: readonly Token[] = [
  ['--fav-color-primary', '#0b5fd1', '#7ab4ff'], // Primary buttons, links, selected days, times and choices, the current tab, progress.
  ['--fav-color-primary-hover', '#094da9', '#a3cbff'], // Primary buttons under the pointer.
  ['--fav-color-on-primary', '#ffffff', '#0b1a2e'], // Text on the primary colour (primary buttons, selected days and times, badges).
  ['--fav-color-surface', '#ffffff', '#16181d', 'transparent'], // Background of the widget box, cards, inputs and secondary buttons.
  ['--fav-color-surface-alt', '#f3f5f8', '#20242b', 'color-mix(in srgb, currentColor 8%, transparent)'], // Background of summaries, empty states, badges, input prefixes, image placeholders and skeletons.
  ['--fav-color-text', '#1f2328', '#e8eaed', 'currentColor'], // Body text; by default the page's text colour.
  ['--fav-color-text-muted', '#57606a', '#a8b0ba', 'color-mix(in srgb, currentColor 70%, transparent)'], // Hints, secondary text, placeholders, unavailable days.
  ['--fav-color-border', '#8c959f', '#6b7480', 'color-mix(in srgb, currentColor 60%, transparent)'], // Borders of the widget box, cards, inputs and secondary buttons (3:1 against the surface).
  ['--fav-color-danger', '#b42318', '#ff8a80'], // Error text, the edge of error banners, invalid inputs, the required mark.
  ['--fav-color-danger-surface', '#fdecea', '#3a1d1b'], // Background of error banners and cancelled or expired statuses.
  ['--fav-color-success', '#1a7f37', '#6fdd8b'], // Edge of success banners.
  ['--fav-color-success-surface', '#e9f7ee', '#16301f'], // Background of success banners and confirmed or valid statuses.
  ['--fav-color-warning', '#8a5300', '#f2c46d'], // Edge of warning banners and of cart lines that need attention.
  ['--fav-color-warning-surface', '#fff5e0', '#33280f'], // Background of warning banners and pending statuses.
  ['--fav-color-info-surface', '#eaf2fd', '#182638'], // Background of information banners.
  ['--fav-color-focus', '#0b5fd1', '#7ab4ff'], // Colour of the keyboard focus ring.
  ['--fav-font-family', 'inherit'], // Font of every widget; by default the page's font.
  ['--fav-font-family-code', 'ui-monospace, monospace'], // Codes to read out or type: access codes, coupon codes, code in content.
  ['--fav-font-size', '1rem'], // Body text and subheadings.
  ['--fav-font-size-sm', '0.875rem'], // Hints, errors, statuses and secondary text.
  ['--fav-font-size-lg', '1.25rem'], // Step headings, card titles, codes.
  ['--fav-font-weight-strong', '600'], // Headings, labels, buttons and prices.
  ['--fav-line-height', '1.5'], // Body line height.
  ['--fav-control-height', '2.75rem'], // Height of inputs, buttons, tabs and time buttons (at least 44 px touch targets).
  ['--fav-radius-sm', '4px'], // Corners of badges, statuses and codes.
  ['--fav-radius', '8px'], // Corners of inputs, buttons, banners, days and summaries.
  ['--fav-radius-lg', '12px'], // Corners of the widget box, cards and images.
  ['--fav-space-xs', '0.25rem'], // Smallest gap (label to input).
  ['--fav-space-sm', '0.5rem'], // Gap between related items.
  ['--fav-space-md', '1rem'], // Gap between fields; card padding.
  ['--fav-space-lg', '1.5rem'], // Gap between sections; widget padding.
  ['--fav-max-width', '72rem'], // Widest a widget's box grows (the same for every widget; set it on one element to narrow that one).
  ['--fav-image-aspect-ratio', '16 / 9'], // Shape of service, event, post and offer images (product images are square).
  ['--fav-image-max-height', '15rem'], // Tallest an image grows in a card; a detail's image grows to 1.5 times this.
  ['--fav-shadow', '0 1px 3px rgb(0 0 0 / 0.12)', '0 1px 3px rgb(0 0 0 / 0.6)'], // Shadow of the widget box.
  ['--fav-focus-ring-width', '3px'], // Width of the keyboard focus ring.
  ['--fav-focus-ring-offset', '2px'], // Gap between a control and its focus ring.
  ['--fav-transition', '150ms'], // Duration of hover and state transitions (0 under reduced motion).
];
