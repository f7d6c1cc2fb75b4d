/** Served by the Vite plugin in scripts/elements-manifest.mjs (`npm start`). */
declare module 'virtual:custom-elements-manifest' {
  import type {Manifest} from './elements.js';
  const manifest: Manifest;
  export default manifest;
}
