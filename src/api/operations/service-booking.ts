import type {Operation} from './spec.js';

/** A. Service booking. */
export const serviceBooking = {
  listServices: {id: 'listServices', code: 'A1', method: 'GET', path: '/services', auth: 'public'},
  getService: {id: 'getService', code: 'A2', method: 'GET', path: '/services/{id}', auth: 'public'},
  listServiceStaff: {id: 'listServiceStaff', code: 'A3', method: 'GET', path: '/services/{id}/staff', auth: 'public'},
  listServiceResources: {id: 'listServiceResources', code: 'A4', method: 'GET', path: '/services/{id}/resources', auth: 'public'},
  listSlots: {id: 'listSlots', code: 'A5', method: 'GET', path: '/services/{id}/slots', auth: 'optional'},
  createGuestBooking: {id: 'createGuestBooking', code: 'A6', method: 'POST', path: '/bookings/guest', auth: 'optional', create: true},
  listBookings: {id: 'listBookings', code: 'A7', method: 'GET', path: '/bookings', auth: 'customer'},
  getBooking: {id: 'getBooking', code: 'A8', method: 'GET', path: '/bookings/{id}', auth: 'customer'},
  cancelBooking: {id: 'cancelBooking', code: 'A9', method: 'POST', path: '/bookings/{id}/cancel', auth: 'customer'},
  rescheduleBooking: {id: 'rescheduleBooking', code: 'A10', method: 'POST', path: '/bookings/{id}/reschedule', auth: 'customer', create: true},
} as const satisfies Record<string, Operation>;
