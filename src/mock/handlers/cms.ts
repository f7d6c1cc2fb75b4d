import type {RequestHandler} from 'msw';

export const cmsHandlers: RequestHandler[] = [];
