import {readFileSync} from 'node:fs';

/**
 * The theme tokens (src/ui/tokens.ts) apply to every widget: list them as CSS custom properties of
 * each element, with the light default, so custom-elements.json documents the whole token set.
 */
function themeTokens() {
  const source = readFileSync('src/ui/tokens.ts', 'utf8');
  const pattern = /\{name: '(--fav-[a-z0-9-]+)', light: '([^']*)', dark: '([^']*)', description: '([^']*)'\}/g;
  return [...source.matchAll(pattern)].map(([, name, light, dark, description]) => ({
    name,
    default: light,
    description: `${description} Dark default: \`${dark}\`.`,
  }));
}

function tokensPlugin() {
  const tokens = themeTokens();
  return {
    name: 'fav-theme-tokens',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName || declaration.tagName === 'fav-provider') continue;
          const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
        }
      }
    },
  };
}

/** The custom-elements manifest (dist/custom-elements.json) comes from the elements' JSDoc. */
export default {
  globs: ['src/context/fav-provider.ts', 'src/context/fav-widget.ts', 'src/widgets/**/*.ts', 'src/ui/fav-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [tokensPlugin()],
};
