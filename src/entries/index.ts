/**
 * The script-tag entry (`dist/fav-widgets.js`): watches the page for fav-* tags, including tags
 * inserted later by page builders and tags inside other components' open shadow roots, and loads
 * each element's code the first time its tag appears.
 *
 * A MutationObserver on the document does not see into shadow roots, so every open root met on the
 * way is searched and observed too: at start, in each inserted subtree, and, for a custom element
 * not defined yet, again once its tag is defined (it may attach its root then).
 * `Element.prototype.attachShadow` is deliberately not wrapped: an embed must not change a DOM method
 * for every other script on the page (frameworks and polyfills patch it too, in any order), and
 * wrapping would reach into closed roots their authors chose to close. A closed root, or an open one
 * attached long after its host was inserted, is announced with `window.FavWidgets.discover(root)`.
 */
import {elementLoaders} from './loaders.js';

declare global {
  interface Window {
    /** The script-tag entry's API: see {@link discover}. */
    FavWidgets?: {discover(root: ParentNode): void};
  }
}

const pending = new Set(Object.keys(elementLoaders));
/** Custom tags not defined yet when met: their elements may get a shadow root once they are. */
const awaited = new Set<string>();
const watch = {childList: true, subtree: true};

function load(tag: string): void {
  if (!pending.delete(tag)) return;
  elementLoaders[tag]().catch((error: unknown) => {
    pending.add(tag); // let a later insertion try again (e.g. after a network blip)
    console.error(`fav-widgets: could not load <${tag}>`, error);
  });
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
  if (pending.size === 0) observer.disconnect();
});

/**
 * Loads the code of every fav-* element in `root` (a document, element or shadow root), searching
 * the open shadow roots inside it. A shadow root given, or found, is watched for later tags too.
 */
export function discover(root: ParentNode): void {
  if (pending.size === 0) return;
  if (root instanceof ShadowRoot) observer.observe(root, watch);
  const elements = root.querySelectorAll('*');
  for (const element of root instanceof Element ? [root, ...elements] : elements) {
    const tag = element.localName;
    const shadow = element.shadowRoot;
    // Our own elements load their nested widgets themselves: their roots need no watching.
    if (tag in elementLoaders) load(tag);
    else if (shadow) discover(shadow);
    else if (!awaited.has(tag) && !element.matches(':defined')) {
      awaited.add(tag);
      void customElements.whenDefined(tag).then(() => discover(document));
    }
  }
}

window.FavWidgets ??= {discover};
discover(document);
observer.observe(document.documentElement, watch);
