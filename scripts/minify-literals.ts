/**
 * Build-only Vite plugin for our sources: drops what only the tools read from the source (the
 * `desc` of `msg()` calls, for `lit-localize extract`) and folds the white space of `css` and
 * `html` template literals, which the JS minifier leaves as written.
 */
import type {Plugin} from 'vite';

// The TypeScript transform before this plugin may print strings in either quote.
const DESC = /,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
const TEMPLATE = /\b(css|html)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function foldCss(text: string): string {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s*!important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/([^\w.-])0\.(\d)/g, '$1.$2')
    .trim();
}

/** HTML collapses white space anyway (we render no `<pre>`), so runs of it become one space. */
function foldHtml(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function minifyLiterals(): Plugin {
  return {
    name: 'fav-minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/mock/')) return null;
      const out = code
        .replace(DESC, '')
        .replace(TEMPLATE, (whole, tag: string, body: string) => {
          // Keep expressions as they are; fold only the literal text between them.
          const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
          const folded = parts.map((part, index) => (index % 2 ? part : tag === 'css' ? foldCss(part) : foldHtml(part))).join('');
          return `${tag}\`${folded}\``;
        });
      return out === code ? null : {code: out, map: null};
    },
  };
}
