import {FavEvents} from '../widgets/events/fav-events.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavEvents};
define('fav-events', FavEvents);
