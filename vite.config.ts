import {resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import {elementsManifest} from './scripts/elements-manifest.mjs';
import {chunkGroups} from './scripts/chunk-groups.js';
import {minifyLiterals} from './scripts/minify-literals.js';

const here = import.meta.dirname;

/** The small UI modules every widget's first view uses: they travel in the provider's file. */
const SHARED_UI =
  /[\\/]src[\\/](?:ui[\\/](?:(?:banner|button|field|form|pager|skeleton|step-header|tokens)(?:\.styles)?|format|money|widget\.styles)|api[\\/]urls|widgets[\\/]shared[\\/](?:environment-state|adopt-styles|lazy-module|later-steps|flow-state))\.ts$|lit(?:-html)?[\\/]directives[\\/]if-defined|@lit[\\/]localize[\\/]internal[\\/]localized-/;

/**
 * The API layer every page needs (client, errors, parsing, zod, ky) and its small shared modules
 * (operation tables, request bodies, the registration form) travel in one chunk: as chunks of their
 * own the small ones would cost a request and a gzip dictionary each, for a few hundred bytes.
 */
const SHARED_API =
  /[\\/]src[\\/]api[\\/](?:client|errors|body|registration|operations[\\/][\w-]+|schemas[\\/](?:fields|parse|registration))\.ts$|[\\/](?:zod|ky)[\\/]/;

const ENTRIES = {
  'fav-widgets': resolve(here, 'src/entries/index.ts'),
  'entries/provider': resolve(here, 'src/entries/provider.ts'),
  'entries/login': resolve(here, 'src/entries/login.ts'),
  'entries/booking': resolve(here, 'src/entries/booking.ts'),
  'entries/my-bookings': resolve(here, 'src/entries/my-bookings.ts'),
  'entries/offers': resolve(here, 'src/entries/offers.ts'),
  'entries/shop-checkout': resolve(here, 'src/entries/shop-checkout.ts'),
  'entries/events': resolve(here, 'src/entries/events.ts'),
  'entries/survey': resolve(here, 'src/entries/survey.ts'),
  'entries/contact': resolve(here, 'src/entries/contact.ts'),
  'entries/cms': resolve(here, 'src/entries/cms.ts'),
  'entries/client': resolve(here, 'src/entries/client.ts'),
};

/** See src/i18n/msg-id.ts: the runtime's id hashing is never needed, since every msg() names its id. */
const explicitMessageIds: Plugin = {
  name: 'fav-explicit-msg-ids',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === './id-generation.js' && importer?.includes('@lit/localize') ? resolve(here, 'src/i18n/msg-id.ts') : null;
  },
};

/**
 * `npm start` serves the demo (demo/index.html, and demo/playground.html whose attribute editor reads
 * the manifest that scripts/elements-manifest.mjs analyzes in memory) from source; `npm run build`
 * writes the library to dist/:
 * `fav-widgets.js` (the script-tag entry that lazy-loads each element) and per-element entries for
 * npm users, sharing one set of chunks so no class is ever bundled twice.
 */
export default defineConfig(({command}) =>
  command === 'serve'
    ? {
        root: resolve(here, 'demo'),
        publicDir: resolve(here, 'demo/public'),
        plugins: [elementsManifest(here)],
        server: {port: 5173, host: '127.0.0.1', fs: {allow: [here]}},
      }
    : {
        publicDir: false,
        plugins: [minifyLiterals(), explicitMessageIds],
        build: {
          outDir: resolve(here, 'dist'),
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: ENTRIES,
            formats: ['es'],
          },
          rolldownOptions: {
            // Entries may export a little more than their own names (needed by the grouping below).
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Library mode keeps whitespace for ES output; a script-tag bundle wants it all minified.
              minify: true,
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              // See scripts/chunk-groups.ts: the api chunk, the provider's file, one file per widget's first view.
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: chunkGroups({
                  entries: ENTRIES,
                  scriptTag: 'fav-widgets',
                  provider: 'entries/provider',
                  widgets: Object.keys(ENTRIES).filter((name) => name.startsWith('entries/') && !/provider|client/.test(name)),
                  api: SHARED_API,
                  sharedUi: SHARED_UI,
                }),
              },
            },
          },
        },
      },
);
