import {operationTable} from './spec.js';

/** A. Service booking. */
export const serviceBooking = operationTable({
  listServices: 'GET /services', // A1
  getService: 'GET /services/{id}', // A2
  listServiceStaff: 'GET /services/{id}/staff', // A3
  listServiceResources: 'GET /services/{id}/resources', // A4
  listSlots: 'GET /services/{id}/slots optional', // A5
  createGuestBooking: 'POST /bookings/guest optional create', // A6
  listBookings: 'GET /bookings customer', // A7
  getBooking: 'GET /bookings/{id} customer', // A8
  cancelBooking: 'POST /bookings/{id}/cancel customer', // A9
  rescheduleBooking: 'POST /bookings/{id}/reschedule customer create', // A10
});
