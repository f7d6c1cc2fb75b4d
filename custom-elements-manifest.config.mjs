import {readFileSync} from 'node:fs';

/**
 * The theme tokens (src/ui/tokens.ts) apply to every widget: list them as CSS custom properties of
 * each element, with the default (no `theme`) and the light, dark and inherit values in the
 * description, so custom-elements.json documents the whole token set.
 */
function themeTokens() {
  const source = readFileSync('src/ui/tokens.ts', 'utf8');
  const field = (body, key) => body.match(new RegExp(`\\b${key}: '((?:[^'\\\\]|\\\\.)*)'`))?.[1]?.replace(/\\'/g, "'");
  return [...source.matchAll(/\{name: '(--fav-[a-z0-9-]+)',([^\n]*)\},?\n/g)].map(([, name, body]) => {
    const [light, dark = light, inherit, description] = ['light', 'dark', 'inherit', 'description'].map((key) => field(body, key));
    if (!light || !description) throw new Error(`src/ui/tokens.ts: cannot read the token ${name}`);
    return {
      name,
      default: inherit ?? light,
      description: `${description} Light default: \`${light}\`. Dark default: \`${dark}\`.${inherit ? ` Inherit default: \`${inherit}\`.` : ''}`,
    };
  });
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
