/**
 * Values that work on the mock tenants, offered as suggestions in the attribute editor (ids from
 * `MOCK_*_IDS`, the README's "The mock tenant"), and the values a widget starts with in the
 * playground when it shows nothing useful without them (a survey needs its slug).
 */
import {MOCK_BOOKING_IDS} from '../../src/mock/fixtures/booking.js';
import {MOCK_CMS_IDS} from '../../src/mock/fixtures/cms.js';
import {MOCK_EVENTS_IDS} from '../../src/mock/fixtures/events.js';
import {MOCK_LOYALTY_IDS} from '../../src/mock/fixtures/loyalty.js';
import {MOCK_SHOP_IDS} from '../../src/mock/fixtures/shop.js';
import {MOCK_SURVEYS_IDS} from '../../src/mock/fixtures/surveys.js';

export type Tenant = 'demo' | 'demo-taipei';

export interface Example {
  value: string;
  label: string;
}

const words = (role: string) => role.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/\d+$/, '');

/** `{requiresStaff: 'svc_massage', closedSundays: 'svc_massage'}` → svc_massage "requires staff, closed sundays". */
function byRole(record: Readonly<Record<string, string | number>>): Example[] {
  const labels = new Map<string, string[]>();
  for (const [role, value] of Object.entries(record)) labels.set(String(value), [...(labels.get(String(value)) ?? []), words(role)]);
  return [...labels].map(([value, roles]) => ({value, label: roles.join(', ')}));
}

const slugsOf = (surveys: Readonly<Record<string, {slug: string}>>) => byRole(Object.fromEntries(Object.entries(surveys).map(([role, s]) => [role, s.slug])));
const productSlugs = Object.fromEntries(Object.entries(MOCK_SHOP_IDS.products).filter(([role]) => role.endsWith('Slug')).map(([role, slug]) => [role.replace(/Slug$/, ''), slug]));
const paymentMethods = JSON.stringify([
  {id: MOCK_SHOP_IDS.payment.hosted, name: 'Credit card'},
  {id: MOCK_SHOP_IDS.payment.declined, name: 'Test card (always declined)'},
]);
const {staff, resources, bookings} = MOCK_BOOKING_IDS;

/** Suggestions by tenant, element and attribute. */
const examples: Record<Tenant, Record<string, Record<string, Example[]>>> = {
  demo: {
    'fav-booking': {
      'service-id': byRole(MOCK_BOOKING_IDS.services),
      'staff-id': byRole({wong: staff.wong, cheung: staff.cheung, ho: staff.ho}),
      'resource-id': byRole({sauna1: resources.sauna1, sauna2: resources.sauna2, treatmentRoom: resources.treatmentRoom}),
    },
    'fav-my-bookings': {'booking-id': byRole({upcoming: bookings.upcoming, withinCutoff: bookings.withinCutoff, pending: bookings.pending, completed: bookings.completed, cancelled: bookings.cancelled, groupClass: bookings.groupClass})},
    'fav-events': {event: byRole(MOCK_EVENTS_IDS.slugs), 'payment-methods': [{value: paymentMethods, label: 'card and a declined test card'}]},
    'fav-shop-checkout': {category: byRole(MOCK_SHOP_IDS.categorySlugs), brand: byRole(MOCK_SHOP_IDS.brandSlugs), collection: byRole(MOCK_SHOP_IDS.collectionSlugs), product: byRole(productSlugs)},
    'fav-offers': {'offer-id': byRole(MOCK_LOYALTY_IDS.offers), 'claim-token': byRole(MOCK_LOYALTY_IDS.claimTokens)},
    'fav-survey': {slug: slugsOf(MOCK_SURVEYS_IDS.demo), token: byRole(MOCK_SURVEYS_IDS.tokens)},
    'fav-page': {slug: byRole(MOCK_CMS_IDS.pages)},
    'fav-post': {slug: byRole({...MOCK_CMS_IDS.posts, hostile: MOCK_CMS_IDS.hostilePostSlug})},
    'fav-posts': {category: byRole(MOCK_CMS_IDS.categories), type: byRole(MOCK_CMS_IDS.postTypes), 'post-url': [{value: '#post-{slug}', label: 'an anchor on this page'}]},
    'fav-menu': {location: byRole(MOCK_CMS_IDS.menus), 'page-url': [{value: '#page-{slug}', label: 'an anchor on this page'}], 'post-url': [{value: '#post-{slug}', label: 'an anchor on this page'}]},
  },
  'demo-taipei': {
    'fav-booking': {
      'service-id': byRole(MOCK_BOOKING_IDS.taipeiServices),
      'staff-id': byRole({chen: staff.chen, huang: staff.huang}),
      'resource-id': byRole({teaRoom: resources.teaRoom}),
    },
    'fav-my-bookings': {'booking-id': byRole({taipei: bookings.taipei})},
    'fav-events': {event: byRole(MOCK_EVENTS_IDS.taipeiSlugs), 'payment-methods': [{value: paymentMethods, label: 'card and a declined test card'}]},
    'fav-offers': {'offer-id': [{value: 'offer-tpe-sample', label: 'sample'}, {value: 'offer-tpe-teaware', label: 'teaware'}, {value: 'offer-tpe-welcome', label: 'welcome'}], 'claim-token': byRole(MOCK_LOYALTY_IDS.claimTokens)},
    'fav-survey': {slug: slugsOf(MOCK_SURVEYS_IDS.taipei), token: byRole(MOCK_SURVEYS_IDS.taipeiTokens)},
    'fav-page': {slug: byRole(MOCK_CMS_IDS.taipeiPages)},
    'fav-post': {slug: byRole(MOCK_CMS_IDS.taipeiPosts)},
    'fav-posts': {category: byRole(MOCK_CMS_IDS.taipeiCategories), type: byRole(MOCK_CMS_IDS.postTypes), 'post-url': [{value: '#post-{slug}', label: 'an anchor on this page'}]},
    'fav-menu': {location: byRole({header: 'header', footer: 'footer'}), 'page-url': [{value: '#page-{slug}', label: 'an anchor on this page'}], 'post-url': [{value: '#post-{slug}', label: 'an anchor on this page'}]},
  },
};

export function examplesFor(tenant: Tenant, tag: string, attribute: string): Example[] {
  return examples[tenant][tag]?.[attribute] ?? [];
}

/** What a widget starts with: the first example of the attributes it needs to show anything. */
export function startValues(tenant: Tenant, tag: string): Record<string, string> {
  const needed: Record<string, string[]> = {'fav-survey': ['slug'], 'fav-page': ['slug'], 'fav-post': ['slug'], 'fav-menu': ['location']};
  return Object.fromEntries((needed[tag] ?? []).map((name) => [name, examplesFor(tenant, tag, name)[0]?.value ?? '']));
}
