import {FavMenu} from '../widgets/cms/fav-menu.js';
import {FavPage} from '../widgets/cms/fav-page.js';
import {FavPost} from '../widgets/cms/fav-post.js';
import {FavPosts} from '../widgets/cms/fav-posts.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavMenu, FavPage, FavPost, FavPosts};
define('fav-page', FavPage);
define('fav-post', FavPost);
define('fav-posts', FavPosts);
define('fav-menu', FavMenu);
