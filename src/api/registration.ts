/** B8 on its own: booking, contact, events and shop read the phone prefix without the session calls. */
import {memberSession} from './operations/member-session.js';
import type {CallOptions, FavClient} from './client.js';
import {RegistrationFormSchema, type RegistrationForm} from './schemas/registration.js';
import {one} from './schemas/parse.js';

/** B8. The tenant's registration fields, sorted by `order`. */
export function getRegistrationForm(client: FavClient, options?: CallOptions): Promise<RegistrationForm> {
  return client.call(memberSession.getRegistrationForm, {parse: one(RegistrationFormSchema)}, options);
}
