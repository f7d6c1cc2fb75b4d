import type {RequestHandler} from 'msw';

export const bookingHandlers: RequestHandler[] = [];
