import {FavShopCheckout} from '../widgets/shop-checkout/fav-shop-checkout.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavShopCheckout};
define('fav-shop-checkout', FavShopCheckout);
