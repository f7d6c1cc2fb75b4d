import {readFileSync} from 'node:fs';

/**
 * The theme tokens (src/ui/tokens.ts) apply to every widget: list them as CSS custom properties of
 * each element, with the default (theme `inherit`) and the light, dark and inherit values in the
 * description, so custom-elements.json documents the whole token set.
 */
function themeTokens() {
  const source = readFileSync('src/ui/tokens.ts', 'utf8');
  const lines = [...source.matchAll(/^\s*\['(--fav-[a-z0-9-]+)',(.*)\],\s*\/\/ (.*)$/gm)];
  if (lines.length !== source.match(/^\s*\['--fav-/gm).length) throw new Error('src/ui/tokens.ts: every token needs a description comment');
  return lines.map(([, name, values, description]) => {
    const [light, dark = light, inherit] = [...values.matchAll(/'([^']*)'/g)].map((match) => match[1] || undefined);
    if (!light || !description.trim()) throw new Error(`src/ui/tokens.ts: cannot read the token ${name}`);
    return {
      name,
      default: inherit ?? light,
      description: `${description.trim()} Light default: \`${light}\`. Dark default: \`${dark}\`.${inherit ? ` Inherit default: \`${inherit}\`.` : ''}`,
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
