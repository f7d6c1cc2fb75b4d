/**
 * Tabs (WAI-ARIA APG, automatic activation): a tab list whose arrow keys, Home and End move between
 * the tabs and select them, and the selected tab's panel.
 *
 * Parts: `tabs`, `tab`, `tab-selected`. Styles: `tabStyles` (tabs.styles.ts).
 */
import {html} from 'lit';

export interface TabsOptions<T extends string> {
  tabs: readonly T[];
  selected: T;
  /** The accessible name of the tab list. */
  label: string;
  labelOf(tab: T): string;
  /** The panel's id, unique in the shadow root; each tab's id is `tab-<tab>`. */
  panelId: string;
  onSelect(tab: T): void;
}

export function renderTabs<T extends string>({tabs, selected, label, labelOf, panelId, onSelect}: TabsOptions<T>, panel: unknown) {
  const keydown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(selected);
    const moves: Record<string, number> = {ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: tabs.length - 1};
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length]!;
    onSelect(tab);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  };
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${label} @keydown=${keydown}>
      ${tabs.map(
        (tab) =>
          html`<button part=${tab === selected ? 'tab tab-selected' : 'tab'} class="tab" id="tab-${tab}" type="button" role="tab" aria-selected=${tab === selected ? 'true' : 'false'} aria-controls=${panelId} tabindex=${tab === selected ? 0 : -1} @click=${() => onSelect(tab)}>${labelOf(tab)}</button>`,
      )}
    </div>
    <div class="panel" id=${panelId} role="tabpanel" aria-labelledby="tab-${selected}">${panel}</div>`;
}
