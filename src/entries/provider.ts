import {FavProvider} from '../context/fav-provider.js';
import {define} from '../ui/fav-element.js';

export {FavProvider};
define('fav-provider', FavProvider);
