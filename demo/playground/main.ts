/**
 * demo/playground.html: the playground on the manifest the dev server analyzes from src
 * (scripts/elements-manifest.mjs), so it needs no build and follows JSDoc edits on reload.
 */
import manifest from 'virtual:custom-elements-manifest';
import {mountPlayground} from './playground.js';

const tag = new URLSearchParams(location.search).get('widget') ?? undefined;
mountPlayground(document.querySelector<HTMLElement>('#playground')!, {manifest, tag});
