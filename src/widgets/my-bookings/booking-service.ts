/**
 * A booking's service (A2), for the zone its times are in: loaded by my-bookings-flow.ts after the
 * list is on screen, so the member's first view never waits for the services' API.
 */
export {getService} from '../../api/booking.js';
