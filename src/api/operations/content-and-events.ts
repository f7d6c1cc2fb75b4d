import type {Operation} from './spec.js';

/** C. Content and events. */
export const contentAndEvents = {
  listPages: {id: 'listPages', code: 'C1', method: 'GET', path: '/cms/pages', auth: 'public'},
  getPage: {id: 'getPage', code: 'C2', method: 'GET', path: '/cms/pages/{slug}', auth: 'public'},
  listPosts: {id: 'listPosts', code: 'C3', method: 'GET', path: '/cms/posts', auth: 'public'},
  getPost: {id: 'getPost', code: 'C4', method: 'GET', path: '/cms/posts/{slug}', auth: 'public'},
  listCmsCategories: {id: 'listCmsCategories', code: 'C5', method: 'GET', path: '/cms/categories', auth: 'public'},
  getMenu: {id: 'getMenu', code: 'C6', method: 'GET', path: '/cms/menus/{location}', auth: 'public'},
  listEvents: {id: 'listEvents', code: 'C7', method: 'GET', path: '/events', auth: 'optional'},
  getEvent: {id: 'getEvent', code: 'C8', method: 'GET', path: '/events/{slug}', auth: 'optional'},
  registerForEvent: {id: 'registerForEvent', code: 'C9', method: 'POST', path: '/event-registrations', auth: 'optional', create: true},
  createEventPaymentIntent: {id: 'createEventPaymentIntent', code: 'C10', method: 'POST', path: '/event-registrations/{id}/payment-intent', auth: 'optional', create: true},
  checkEventAccess: {id: 'checkEventAccess', code: 'C11', method: 'GET', path: '/event-registrations/{id}/access', auth: 'optional'},
} as const satisfies Record<string, Operation>;
