/**
 * The script-tag entry (`dist/fav-widgets.js`): watches the page for fav-* tags, including tags
 * inserted later by page builders, and loads each element's code the first time its tag appears.
 */
import {ContextRoot} from '@lit/context';
import {elementLoaders} from './loaders.js';

const ROOT_KEY = Symbol.for('fav-widgets.context-root');
const pending = new Set(Object.keys(elementLoaders));
const selector = () => [...pending].join(',');

function load(tag: string): void {
  if (!pending.delete(tag)) return;
  elementLoaders[tag]().catch((error: unknown) => {
    pending.add(tag); // let a later insertion try again (e.g. after a network blip)
    console.error(`fav-widgets: could not load <${tag}>`, error);
  });
}

/** Loads the code of every fav-* element in `root` (a document, element or shadow root). */
export function discover(root: ParentNode): void {
  if (pending.size === 0) return;
  if (root instanceof Element && pending.has(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(selector())) load(element.localName);
}

function start(): void {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  // A widget that upgrades before its provider still finds it once the provider upgrades.
  if (!scope[ROOT_KEY]) {
    scope[ROOT_KEY] = true;
    new ContextRoot().attach(document.documentElement);
  }
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
}

start();
