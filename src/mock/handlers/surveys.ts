import type {RequestHandler} from 'msw';

export const surveysHandlers: RequestHandler[] = [];
