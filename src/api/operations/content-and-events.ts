import {operationTable} from './spec.js';

/** C. Content and events. */
export const contentAndEvents = operationTable({
  listPages: 'GET /cms/pages', // C1
  getPage: 'GET /cms/pages/{slug}', // C2
  listPosts: 'GET /cms/posts', // C3
  getPost: 'GET /cms/posts/{slug}', // C4
  listCmsCategories: 'GET /cms/categories', // C5
  getMenu: 'GET /cms/menus/{location}', // C6
  listEvents: 'GET /events optional', // C7
  getEvent: 'GET /events/{slug} optional', // C8
  registerForEvent: 'POST /event-registrations optional create', // C9
  createEventPaymentIntent: 'POST /event-registrations/{id}/payment-intent optional create', // C10
  checkEventAccess: 'GET /event-registrations/{id}/access optional', // C11
});
