/**
 * Loading placeholders sized like the content they stand for, so nothing jumps when it arrives, with
 * an announced "Loading…" for screen readers. Still under reduced motion.
 *
 * Parts: `skeleton`.
 */
import {msg} from '@lit/localize';
import {html} from 'lit';

/** Lines of placeholder with an announced loading status. `shape` picks each line's size. */
export function renderSkeleton(shape: readonly ('heading' | 'line' | 'input' | 'button' | 'card')[]) {
  return html`<div part="skeleton" class="skeleton-group" aria-busy="true">
    <span class="visually-hidden" role="status">${msg('Loading…', {id: 'ui.loading', desc: 'Generic loading status'})}</span>
    ${shape.map((kind) => html`<div class="skeleton ${kind}" aria-hidden="true"></div>`)}
  </div>`;
}
