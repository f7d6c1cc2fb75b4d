/**
 * Pages of a list: Previous / Next with "Page 2 of 5", or "Load more" when only `hasNext` is known.
 *
 * Parts: `pager`, `pager-button`, `pager-status`.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';

/** A `page-size` or `limit` attribute as a page size: a whole number from 1 to 100 (the API's most), else `fallback`. */
export function pageSizeOf(value: unknown, fallback: number): number {
  const size = Math.trunc(Number(value));
  return size >= 1 ? Math.min(size, 100) : fallback;
}

export interface PagerOptions {
  page: number;
  totalPages?: number;
  hasNext: boolean;
  hasPrev: boolean;
  /** Replace the list (`pages`) or append to it (`more`). */
  mode?: 'pages' | 'more';
  busy?: boolean;
  onPage(page: number): void;
}

export function renderPager({page, totalPages, hasNext, hasPrev, mode = 'pages', busy = false, onPage}: PagerOptions) {
  if (!hasNext && !hasPrev) return nothing;
  if (mode === 'more') {
    return hasNext
      ? html`<nav part="pager" class="pager" aria-label=${msg('Pages', {id: 'ui.pager.label', desc: 'Accessible name of the pager'})}>
          <button part="pager-button button button-secondary" class="button secondary" type="button" ?disabled=${busy} @click=${() => onPage(page + 1)}>
            ${msg('Load more', {id: 'ui.pager.more', desc: 'Button that loads the next items'})}
          </button>
        </nav>`
      : nothing;
  }
  const status = totalPages
    ? msg(str`Page ${page} of ${totalPages}`, {id: 'ui.pager.status', desc: 'Current page and number of pages'})
    : msg(str`Page ${page}`, {id: 'ui.pager.status-open', desc: 'Current page when the total is unknown'});
  return html`<nav part="pager" class="pager" aria-label=${msg('Pages', {id: 'ui.pager.label', desc: 'Accessible name of the pager'})}>
    <button part="pager-button button button-secondary" class="button secondary" type="button" ?disabled=${!hasPrev || busy} @click=${() => onPage(page - 1)}>
      ${msg('Previous', {id: 'ui.pager.previous', desc: 'Button to the previous page'})}
    </button>
    <span part="pager-status" class="pager-status" aria-live="polite">${status}</span>
    <button part="pager-button button button-secondary" class="button secondary" type="button" ?disabled=${!hasNext || busy} @click=${() => onPage(page + 1)}>
      ${msg('Next', {id: 'ui.pager.next', desc: 'Button to the next page'})}
    </button>
  </nav>`;
}
