import type {RequestHandler} from 'msw';

export const shopHandlers: RequestHandler[] = [];
