/**
 * web-test-runner plugin: serves `/test/pages/csp-<name>.html`, one plain page per widget flow with
 * the strict Content-Security-Policy of test/pages/strict-csp.html (which holds every element at
 * once), the violation recorder and the built script tag: no inline script or style, API on another
 * origin. One template instead of a near-copy per widget.
 */
const WIDGETS = {
  login: '<fav-login></fav-login>',
  booking: '<fav-booking></fav-booking>',
  'my-bookings': '<fav-my-bookings></fav-my-bookings>',
  events: '<fav-events></fav-events>',
  'events-upcoming': '<fav-events hide-past page-size="4"></fav-events>',
  // The tenant's zone from the provider (with company-id alone the API names none).
  'events-zoned': {provider: 'time-zone="Asia/Hong_Kong"', markup: '<fav-events event="full-moon-sound-bath"></fav-events>'},
  'shop-checkout': '<fav-shop-checkout></fav-shop-checkout>',
  'shop-checkout-unsafe-return': '<fav-shop-checkout return-url="http://evil.example/thanks"></fav-shop-checkout>',
  offers: '<fav-offers></fav-offers>',
  survey: '<fav-survey slug="quick-feedback"></fav-survey>',
  contact: '<fav-contact></fav-contact>',
  cms: [
    '<fav-menu location="header"></fav-menu>',
    '<fav-page slug="partner-offers"></fav-page>',
    '<fav-post slug="partner-summer-skin-offer" page-url="/site/{slug}"></fav-post>',
    '<fav-posts limit="3"></fav-posts>',
  ].join('\n      '),
};

export function strictPage(name, api) {
  const widget = WIDGETS[name];
  if (!widget) return undefined;
  const {provider = '', markup} = typeof widget === 'string' ? {markup: widget} : widget;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${api}; img-src 'self' ${api} data:"
    />
    <title>Strict Content-Security-Policy: ${name} from the built bundle over the network</title>
    <script src="/test/pages/csp-recorder.js"></script>
    <script type="module" src="/dist/fav-widgets.js"></script>
  </head>
  <body>
    <fav-provider api-base="${api}" company-id="demo" token-storage="memory"${provider ? ` ${provider}` : ''}>
      ${markup}
    </fav-provider>
  </body>
</html>
`;
}

export function strictPagesPlugin({api}) {
  return {
    name: 'fav-strict-pages',
    serve(context) {
      const match = /^\/test\/pages\/csp-([a-z-]+)\.html$/.exec(context.path);
      const body = match && strictPage(match[1], api);
      return body ? {body, type: 'html'} : undefined;
    },
  };
}
