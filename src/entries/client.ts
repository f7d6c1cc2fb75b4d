/** The typed client alone, for npm users who build their own UI: `import {FavClient} from 'fav-widgets/client'`. */
export * from '../api/index.js';
