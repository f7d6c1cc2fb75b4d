/**
 * Each element's code, loaded when its tag first appears. The script-tag entry registers nothing
 * else, so a page pays only for the widgets it uses.
 */
export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'fav-provider': () => import('./provider.js'),
  'fav-login': () => import('./login.js'),
  'fav-booking': () => import('./booking.js'),
  'fav-my-bookings': () => import('./my-bookings.js'),
  'fav-offers': () => import('./offers.js'),
  'fav-shop-checkout': () => import('./shop-checkout.js'),
  'fav-events': () => import('./events.js'),
  'fav-survey': () => import('./survey.js'),
  'fav-contact': () => import('./contact.js'),
  'fav-page': () => import('./cms.js'),
  'fav-posts': () => import('./cms.js'),
  'fav-post': () => import('./cms.js'),
  'fav-menu': () => import('./cms.js'),
};
