import {FavOffers} from '../widgets/offers/fav-offers.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavOffers};
define('fav-offers', FavOffers);
