/** F6. Contact form. */
import {formsAndSurveys} from './operations/forms-and-surveys.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import {one} from './schemas/parse.js';
import {ContactResultSchema, type ContactResult} from './schemas/contact.js';

export interface ContactInput {
  name: string;
  /** The widgets require an email or a phone. */
  email?: string;
  phone?: string;
  message: string;
  subject?: string;
}

/** F6. Idempotency-Key. */
export function submitContact(client: FavClient, input: ContactInput, options?: CallOptions): Promise<ContactResult> {
  return client.call(formsAndSurveys.submitContact,
    {body: compact({name: input.name, email: input.email, phone: input.phone, message: input.message, subject: input.subject}), parse: one(ContactResultSchema)},
    options,
  );
}
