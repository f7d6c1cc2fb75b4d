// The bench's pages: plain HTML that loads the built script-tag entry, as a site owner pastes it.
import {SAMPLE_ATTRIBUTES} from '../../test/support/widget-samples.mjs';

const element = (tag) => `<${tag}${SAMPLE_ATTRIBUTES[tag] ? ` ${SAMPLE_ATTRIBUTES[tag]}` : ''}></${tag}>`;

function page(title, provider, tags) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="/dist/fav-widgets.js"></script>
  </head>
  <body>
    <fav-provider ${provider} token-storage="memory">
      ${tags.map(element).join('\n      ')}
    </fav-provider>
  </body>
</html>
`;
}

/** `<fav-provider mock>` and one element. */
export const mockPage = (tag) => page(`${tag} on the mock`, 'mock', [tag]);

/** Every element under one provider that talks to `apiBase` over the network. */
export const allWidgetsPage = (apiBase) => page('every widget', `api-base="${apiBase}" company-id="demo"`, Object.keys(SAMPLE_ATTRIBUTES));
