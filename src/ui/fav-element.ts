import {LitElement} from 'lit';

/**
 * Every `fav-*` outcome event and its `detail`, so `addEventListener` is typed for host pages.
 * Widgets extend this map with `declare global { interface FavEventMap { ... } }`.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface FavEventMap {}
  // Typed `addEventListener('fav-…', (event) => event.detail…)` on any element and the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends FavCustomEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface DocumentEventMap extends FavCustomEvents {}
}

type FavCustomEvents = {[K in keyof FavEventMap]: CustomEvent<FavEventMap[K]>};

/**
 * Base class for every fav-widgets element: a typed `emit()` for our events.
 * Class modules have no side effects; entries register tags with {@link define}.
 */
export class FavElement extends LitElement {
  /**
   * Dispatches a `fav-*` event that bubbles and crosses shadow roots.
   * Returns false when a listener cancelled a cancelable event.
   */
  protected emit<K extends keyof FavEventMap>(
    name: K,
    detail: FavEventMap[K],
    options: {cancelable?: boolean} = {},
  ): boolean {
    return this.dispatchEvent(favEvent(name, detail, options.cancelable ?? false));
  }
}

/** Outside the class so the manifest analyzer does not list a generic event on every element. */
function favEvent(name: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable});
}

/**
 * Registers a custom element unless the tag already exists: two plugins on one page, or two copies
 * of the bundle, must not throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`fav-widgets: <${tag}> is already defined; keeping the first definition.`);
    return;
  }
  customElements.define(tag, ctor);
}
