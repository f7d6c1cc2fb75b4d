import {FavBooking} from '../widgets/booking/fav-booking.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavBooking};
define('fav-booking', FavBooking);
