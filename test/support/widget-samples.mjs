// Every element with the attributes the sample pages give it, and what it shows once it has loaded
// its first content from the API. Shared by the built-bundle tests and `npm run bench`.

/** Attributes each element gets on the all-widgets pages (test/pages/strict-csp.html and the bench). */
export const SAMPLE_ATTRIBUTES = {
  'fav-login': '',
  'fav-booking': 'service-id="svc_consult"',
  'fav-my-bookings': '',
  'fav-events': '',
  'fav-shop-checkout': '',
  'fav-offers': '',
  'fav-survey': 'slug="quick-feedback"',
  'fav-contact': '',
  'fav-menu': 'location="header"',
  'fav-page': 'slug="partner-offers"',
  'fav-posts': 'limit="3"',
  'fav-post': 'slug="partner-summer-skin-offer"',
};

/** A selector in each element's shadow root that matches once its first content is on screen. */
export const FIRST_CONTENT = {
  'fav-login': 'input[name="identifier"]',
  'fav-booking': '[part~="heading"]',
  'fav-my-bookings': '[part~="heading"]',
  'fav-events': '[part~="heading"]',
  'fav-shop-checkout': '[part~="heading"]',
  'fav-offers': '[part~="heading"]',
  'fav-survey': 'form, [part~="heading"]',
  'fav-contact': 'textarea',
  'fav-menu': 'nav a',
  'fav-page': '[part~="content"]',
  'fav-posts': 'a, [part~="heading"]',
  'fav-post': '[part~="content"]',
};
