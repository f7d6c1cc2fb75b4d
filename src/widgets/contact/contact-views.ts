import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {MESSAGE_MAX, type ContactField, type ContactFlow, type ContactValues} from './contact-flow.js';

/** The name of the hidden field only bots fill in. */
export const HONEYPOT = 'website';

/** What the element tells the views besides the flow. */
export interface ContactViewContext {
  heading: string;
  /** A fixed subject from the `subject` attribute; the subject field is hidden then. */
  subject?: string;
  /** Shows an optional subject field. */
  showSubject: boolean;
  /** "Sending as …" for a signed-in member. */
  memberName?: string;
}

function fieldError(flow: ContactFlow, field: ContactField): string | undefined {
  const error = flow.errors[field];
  if (error === 'reply') return undefined;
  if (error !== 'server') return error;
  return msg('This was not accepted. Please check it.', {id: 'contact.field.rejected', desc: 'Error beside a field the server refused'});
}

export interface FormHandlers {
  onSubmit(values: ContactValues, honeypot: string): void;
  onRetry(): void;
}

export function renderForm(flow: ContactFlow, context: ContactViewContext, handlers: FormHandlers) {
  const values = flow.values;
  const keep = (field: ContactField) => (event: InputEvent) => flow.input(field, (event.target as HTMLInputElement).value);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    handlers.onSubmit(
      {name: read('name'), email: read('email'), phone: read('phone'), subject: read('subject'), message: read('message')},
      read(HONEYPOT),
    );
  };
  return html`
    ${renderStepHeader(context.heading)}
    ${context.memberName
      ? html`<p part="member" class="muted">${msg(str`Signed in as ${context.memberName}.`, {id: 'contact.as-member', desc: 'The visitor is signed in as this member'})}</p>`
      : nothing}
    <form part="form" class="form" novalidate @submit=${submit}>
      ${renderField({
        id: 'name',
        name: 'name',
        label: msg('Name', {id: 'contact.name', desc: 'Label of the name field'}),
        autocomplete: 'name',
        value: values.name,
        required: true,
        error: fieldError(flow, 'name'),
        onInput: keep('name'),
      })}
      <fieldset part="reply-group" class="reply-group">
        <legend part="label" class="label">${msg('How can we reply?', {id: 'contact.reply.legend', desc: 'Legend of the email and phone fields'})}</legend>
        <p part="hint" class="hint">${msg('Give an email, a phone number or both.', {id: 'contact.reply.hint', desc: 'At least one way to reply is needed'})}</p>
        ${renderField({
          id: 'email',
          name: 'email',
          type: 'email',
          label: msg('Email', {id: 'contact.email', desc: 'Label of the email field'}),
          autocomplete: 'email',
          inputmode: 'email',
          value: values.email,
          error: fieldError(flow, 'email'),
          onInput: keep('email'),
        })}
        ${renderField({
          id: 'phone',
          name: 'phone',
          type: 'tel',
          label: msg('Phone number', {id: 'contact.phone', desc: 'Label of the phone field'}),
          autocomplete: 'tel',
          inputmode: 'tel',
          prefix: flow.phonePrefix || undefined,
          // A prefilled number in the tenant's country shows without the prefix the field shows.
          value: flow.phonePrefix && values.phone.startsWith(flow.phonePrefix) ? values.phone.slice(flow.phonePrefix.length) : values.phone,
          error: fieldError(flow, 'phone'),
          // No way to reply given: the error beside the email is the phone's too.
          sharedError: flow.errors.phone === 'reply' ? 'email-error' : undefined,
          onInput: keep('phone'),
        })}
      </fieldset>
      ${context.showSubject && !context.subject
        ? renderField({
            id: 'subject',
            name: 'subject',
            label: msg('Subject (optional)', {id: 'contact.subject', desc: 'Label of the optional subject field'}),
            value: values.subject,
            maxlength: 200,
            error: fieldError(flow, 'subject'),
            onInput: keep('subject'),
          })
        : nothing}
      ${renderField({
        id: 'message',
        name: 'message',
        multiline: true,
        label: msg('Message', {id: 'contact.message', desc: 'Label of the message field'}),
        value: values.message,
        required: true,
        maxlength: MESSAGE_MAX,
        error: fieldError(flow, 'message'),
        onInput: keep('message'),
      })}
      <div class="trap" aria-hidden="true">
        <label for=${HONEYPOT}>${msg('Leave this empty', {id: 'contact.honeypot', desc: 'Label of a hidden anti-spam field; people never see it'})}</label>
        <input id=${HONEYPOT} name=${HONEYPOT} type="text" tabindex="-1" autocomplete="off" value="" />
      </div>
      ${flow.vetoed
        ? renderBanner({tone: 'warning', message: msg('This message cannot be sent here. Please contact us another way.', {id: 'contact.vetoed', desc: 'The host page stopped the message'})})
        : nothing}
      ${renderErrorBanner(flow.error, handlers.onRetry)}
      <div class="actions">
        ${renderButton({label: msg('Send message', {id: 'contact.send', desc: 'Button that sends the contact form'}), type: 'submit', variant: 'primary', busy: flow.busy})}
      </div>
    </form>
  `;
}

export function renderDone(handlers: {onAgain(): void}) {
  return html`
    ${renderStepHeader(msg('Thank you', {id: 'contact.done.heading', desc: 'Heading after the message was sent'}))}
    ${renderBanner({
      tone: 'success',
      message: msg('We have your message and will get back to you soon.', {id: 'contact.done.text', desc: 'Confirmation that the message was sent'}),
    })}
    <div class="actions">
      ${renderButton({label: msg('Send another message', {id: 'contact.again', desc: 'Button that starts a new message'}), variant: 'secondary', onClick: handlers.onAgain})}
    </div>
  `;
}
