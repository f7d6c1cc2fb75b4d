import {FavLogin} from '../widgets/login/fav-login.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavLogin};
define('fav-login', FavLogin);
