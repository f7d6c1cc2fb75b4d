import type {CSSResult} from 'lit';

/**
 * Adds styles that arrived with lazily loaded code to an element's shadow root (constructable
 * stylesheets: no `<style>` element, so a strict Content-Security-Policy still holds).
 */
export function adoptLater(root: ShadowRoot | null, styles: readonly CSSResult[]): void {
  if (!root) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => Boolean(sheet));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))];
}
