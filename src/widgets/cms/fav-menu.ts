import {localized, msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {MenuItem} from '../../api/schemas/cms.js';
import {renderErrorBanner} from '../../ui/banner.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {CmsElement} from './cms-element.js';
import {MenuFlow} from './cms-flow.js';
import {menuItemHref, type LinkTemplates} from './cms-links.js';
import {menuStyles} from './cms.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'fav-menu': FavMenu;
  }
}

function isCurrent(href: string): boolean {
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
  } catch {
    return false;
  }
}

/**
 * A navigation menu by location (C6) as nested lists inside a `<nav>`. A submenu opens with its
 * button (disclosure pattern: `aria-expanded`, Enter or Space); Escape closes it and returns to its
 * button. Links to pages, posts and categories follow the `page-url`, `post-url` and `category-url`
 * templates when set; unsafe links (`javascript:`, `data:` …) are shown as text. An unknown location
 * renders nothing.
 *
 * @summary A navigation menu with keyboard-operable submenus.
 * @tagname fav-menu
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The `<nav>`.
 * @csspart list - The top-level list.
 * @csspart submenu - A nested list.
 * @csspart item - A list item.
 * @csspart link - A menu link (`aria-current="page"` on the current page).
 * @csspart toggle - The button that opens or closes a submenu.
 * @csspart label - A menu item without a usable link.
 * @csspart banner - The error message; also `banner-danger`, `button`.
 * @cssproperty [--fav-cms-font-family=var(--fav-font-family)] - Font of the menu.
 * @cssproperty [--fav-menu-gap=var(--fav-space-sm) var(--fav-space-md)] - Space between top-level items.
 * @cssproperty [--fav-menu-link-color=inherit] - Colour of the links.
 */
@localized()
export class FavMenu extends CmsElement {
  static override styles = menuStyles;

  /** The menu's location, e.g. `header` or `footer`. */
  @property() location = '';
  /** Link of a page item, with `{slug}`, e.g. `/pages/{slug}`; the API's URL when empty. */
  @property({attribute: 'page-url'}) pageUrl?: string;
  /** Link of a post item, with `{slug}`, e.g. `/blog/{slug}`. */
  @property({attribute: 'post-url'}) postUrl?: string;
  /** Link of a category item, with `{slug}`, e.g. `/blog?category={slug}`. */
  @property({attribute: 'category-url'}) categoryUrl?: string;
  /** Accessible name of the `<nav>`; the menu's name when empty. */
  @property() label?: string;

  private readonly flow = new MenuFlow(this, {failed: (error) => this.reportError(error)});

  protected override environmentReady(): void {
    if (this.location) void this.flow.load(this.location);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('location') && this.hasUpdated && this.client && this.location) void this.flow.load(this.location);
  }

  private get templates(): LinkTemplates {
    return {page: this.pageUrl || undefined, post: this.postUrl || undefined, category: this.categoryUrl || undefined};
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const path = event.composedPath();
    const submenu = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.classList.contains('submenu') && !node.hidden);
    const key = submenu?.dataset.key;
    if (!key) return;
    event.preventDefault();
    event.stopPropagation();
    this.flow.toggle(key, false);
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[aria-controls="${key}"]`)?.focus());
  }

  private focusout(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.shadowRoot?.contains(next)) return;
    this.flow.closeAll();
  }

  private renderItems(items: MenuItem[], path: string): TemplateResult[] {
    return items.map((item, index) => {
      const key = `${path}-${index}`;
      const href = menuItemHref(item, this.templates);
      const hasChildren = item.children.length > 0;
      const open = this.flow.open.has(key);
      const link = href
        ? item.openInNewTab
          ? html`<a part="link" class="link" href=${href} target="_blank" rel="noopener noreferrer">${item.label}</a>`
          : html`<a part="link" class="link" href=${href} aria-current=${isCurrent(href) ? 'page' : nothing}>${item.label}</a>`
        : undefined;
      const chevron = html`<span class="chevron" aria-hidden="true">▾</span>`;
      const row = !hasChildren
        ? (link ?? html`<span part="label" class="label">${item.label}</span>`)
        : link
          ? html`<span class="item-row">
              ${link}
              <button
                part="toggle"
                class="toggle"
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${key}
                aria-label=${msg(str`${item.label} submenu`, {id: 'cms.menu.toggle', desc: 'Accessible name of the button that opens the submenu of a menu item'})}
                @click=${() => this.flow.toggle(key)}
              >
                ${chevron}
              </button>
            </span>`
          : html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${key} @click=${() => this.flow.toggle(key)}>
              <span>${item.label}</span>${chevron}
            </button>`;
      return html`<li part="item">
        ${row}
        ${hasChildren ? html`<ul part="submenu" class="submenu" id=${key} data-key=${key} ?hidden=${!open}>${this.renderItems(item.children, key)}</ul>` : nothing}
      </li>`;
    });
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return environment;
    const flow = this.flow;
    if (!this.location || flow.step === 'missing') return nothing;
    if (flow.step === 'loading') return renderSkeleton(['line']);
    if (flow.step === 'error' || !flow.menu) return renderErrorBanner(flow.error, () => void flow.retry());
    const name = this.label || flow.menu.name || msg('Menu', {id: 'cms.menu.label', desc: 'Default accessible name of a navigation menu'});
    return html`<nav part="base" aria-label=${name} @keydown=${(event: KeyboardEvent) => this.keydown(event)} @focusout=${(event: FocusEvent) => this.focusout(event)}>
      <ul part="list" class="menu">${this.renderItems(flow.menu.items, 'fav-menu')}</ul>
    </nav>`;
  }
}
