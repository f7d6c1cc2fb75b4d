import type {RequestHandler} from 'msw';

export const eventsHandlers: RequestHandler[] = [];
