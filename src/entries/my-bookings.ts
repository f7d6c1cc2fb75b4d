import {FavMyBookings} from '../widgets/my-bookings/fav-my-bookings.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavMyBookings};
define('fav-my-bookings', FavMyBookings);
