// The custom-elements manifest for the demo's playground while `npm start` serves from source:
// the same analyzer run and config as `npm run build` (custom-elements-manifest.config.mjs), in
// memory, so the playground needs no build first and follows JSDoc edits on reload.
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const MODULE_ID = 'virtual:custom-elements-manifest';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Every `export type Name = 'a' | 'b';` in src: attribute types the manifest names but does not spell out. */
function literalUnionAliases(root) {
  const aliases = new Map();
  const pattern = /export type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/g;
  for (const entry of readdirSync(join(root, 'src'), {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, name, union] of source.matchAll(pattern)) aliases.set(name, union.replace(/\s+/g, ' '));
  }
  return aliases;
}

/** Analyzes src like the build does; attribute types that are literal-union aliases are spelled out. */
export async function analyzeElements(root = process.cwd()) {
  const {cli} = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: root,
    noWrite: true,
  });
  const aliases = literalUnionAliases(root);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) {
        const union = attribute.type && aliases.get(attribute.type.text);
        if (union) attribute.type = {text: union};
      }
    }
  }
  return manifest;
}

/**
 * Vite plugin: `import manifest from 'virtual:custom-elements-manifest'` gives the analyzed manifest;
 * a change under src/ analyzes again and reloads the pages that import it.
 */
export function elementsManifest(root = process.cwd()) {
  const src = resolve(root, 'src');
  let manifest;
  return {
    name: 'fav-elements-manifest',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      manifest ??= analyzeElements(root);
      return `export default ${JSON.stringify(await manifest)};`;
    },
    handleHotUpdate({file, server, modules}) {
      if (!resolve(file).startsWith(src)) return undefined;
      manifest = undefined;
      const virtual = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (!virtual) return undefined;
      server.moduleGraph.invalidateModule(virtual);
      return [...modules, virtual];
    },
  };
}
