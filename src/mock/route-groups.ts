/**
 * The mock's routes by API group, each group (its handlers and fixtures) loaded on the first request
 * for one of its operations, so a page that only books never downloads the CMS content.
 */
import {operations, type OperationId} from '../api/operations.js';
import type {MockRoute} from './route.js';

export type RouteGroup = 'auth' | 'booking' | 'cms' | 'events' | 'loyalty' | 'shop' | 'surveys';

const loaders: Record<RouteGroup, () => Promise<MockRoute[]>> = {
  auth: () => import('./handlers/auth.js').then((group) => group.authRoutes),
  booking: () => import('./handlers/booking.js').then((group) => group.bookingRoutes),
  cms: () => import('./handlers/cms.js').then((group) => group.cmsRoutes),
  events: () => import('./handlers/events.js').then((group) => group.eventsRoutes),
  loyalty: () => import('./handlers/loyalty.js').then((group) => group.loyaltyRoutes),
  shop: () => import('./handlers/shop.js').then((group) => group.shopRoutes),
  surveys: () => import('./handlers/surveys.js').then((group) => group.surveysRoutes),
};

/** The group of each first path segment of the contract's operations. */
const GROUP_BY_SEGMENT: Record<string, RouteGroup> = {
  auth: 'auth',
  storefront: 'auth',
  contact: 'auth',
  services: 'booking',
  bookings: 'booking',
  cms: 'cms',
  events: 'events',
  'event-registrations': 'events',
  shop: 'shop',
  'membership-tiers': 'loyalty',
  gifts: 'loyalty',
  surveys: 'surveys',
};

/** The group that answers `operation`, by the first segment of its path. */
export function groupOf(operation: OperationId): RouteGroup {
  const segment = operations[operation].path.split('/')[1]!;
  const group = GROUP_BY_SEGMENT[segment];
  if (!group) throw new Error(`no mock group for /${segment}`);
  return group;
}

const loaded = new Map<RouteGroup, Promise<MockRoute[]>>();

/** The routes of `group`, loading them on first use. */
export function routesOf(group: RouteGroup): Promise<MockRoute[]> {
  let routes = loaded.get(group);
  if (!routes) {
    routes = loaders[group]();
    loaded.set(group, routes);
  }
  return routes;
}

/** The route that answers `operation`. */
export async function routeFor(operation: OperationId): Promise<MockRoute> {
  const route = (await routesOf(groupOf(operation))).find((candidate) => candidate.operation === operation);
  if (!route) throw new Error(`the ${groupOf(operation)} mock has no route for ${operation}`);
  return route;
}
