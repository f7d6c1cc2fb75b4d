import {ContextRoot} from '@lit/context';
import {FavProvider} from '../context/fav-provider.js';
import {define} from '../ui/fav-element.js';

export {FavProvider};

// A widget that upgrades before its provider (a provider inserted or defined later) still finds it
// once the provider upgrades. Every widget entry imports this one, so the root is there before any
// widget asks; once per page, however many copies of the bundle it has.
const ROOT_KEY = Symbol.for('fav-widgets.context-root');
const scope = globalThis as unknown as Record<symbol, boolean>;
if (!scope[ROOT_KEY]) {
  scope[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
define('fav-provider', FavProvider);
