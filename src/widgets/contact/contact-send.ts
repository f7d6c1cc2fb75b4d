/**
 * Sending the message (F6): the one write of `<fav-contact>`, with its Idempotency-Key and the
 * fields the server refused. Loaded while the visitor fills in the form, so the first view stays
 * small; what happens, it tells the flow through the flow's named methods.
 */
import type {FavClient} from '../../api/client.js';
import {submitContact, type ContactInput} from '../../api/contact.js';
import {isFavApiError} from '../../api/errors.js';
import type {ContactResult} from '../../api/schemas/contact.js';
import {CreateCall} from '../shared/create-call.js';
import type {ContactErrors, ContactField, ContactFlow} from './contact-flow.js';

const FIELDS: ContactField[] = ['name', 'email', 'phone', 'subject', 'message'];

/** The field errors the server sent with a 400 (`details.fields`), for the fields this form has. */
export function serverFieldErrors(error: unknown): ContactErrors {
  if (!isFavApiError(error) || (error.status !== 400 && error.status !== 422)) return {};
  const fields = error.details?.fields;
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(Object.keys(fields).filter((key): key is ContactField => (FIELDS as string[]).includes(key)).map((key) => [key, 'server'])) as ContactErrors;
}

/** Sends a flow's messages: one {@link CreateCall}, so every retry of the same message keeps its Idempotency-Key. */
export class ContactSend {
  private readonly call: CreateCall;

  constructor(private readonly flow: ContactFlow) {
    this.call = new CreateCall(flow, flow.showCall);
  }

  /** Sends `input`; resolves with the conversation it started, or undefined when it was not sent. */
  send(client: FavClient, input: ContactInput): Promise<ContactResult | undefined> {
    return this.call.send({
      request: input,
      call: (options) => submitContact(client, input, options),
      refused: (error) => {
        // Fields the server rejected show beside them, under the banner.
        this.flow.fieldsRefused(serverFieldErrors(error));
        return false;
      },
    });
  }
}
