import {FavContact} from '../widgets/contact/fav-contact.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavContact};
define('fav-contact', FavContact);
