/** F6. Contact form result. */
import * as z from 'zod/mini';
import {text} from './fields.js';

export const ContactResultSchema = z.object({conversationId: text, messageId: text});
export type ContactResult = z.output<typeof ContactResultSchema>;
