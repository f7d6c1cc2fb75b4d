import {localized, msg} from '@lit/localize';
import {html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {ContactInput} from '../../api/contact.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import type {PrefillValues} from '../shared/prefill.js';
import {ContactFlow, type ContactValues} from './contact-flow.js';
import {renderDone, renderForm} from './contact-views.js';
import {contactStyles} from './fav-contact.styles.js';

declare global {
  interface FavEventMap {
    'fav-before-contact': FavBeforeContactDetail;
    'fav-contact-submitted': FavContactSubmittedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-contact': FavContact;
  }
}

/** `detail` of `fav-contact-submitted`. */
export interface FavContactSubmittedDetail {
  /** The conversation the message started (F6). */
  conversationId: string;
  messageId: string;
  name: string;
  email?: string;
  /** E.164. */
  phone?: string;
  subject?: string;
}

/**
 * `detail` of the cancelable `fav-before-contact`. Change `input` (e.g. `input.subject`) to enrich
 * the message; call `preventDefault()` to stop it.
 */
export interface FavBeforeContactDetail {
  /** The request body about to be sent (F6); listeners may change it. */
  input: ContactInput;
}

/**
 * A contact form: name, email and phone (at least one, so the business can reply), an optional
 * subject and the message. The fields are prefilled (README "Prefill"), each source over the one
 * before: the `prefill` attribute, the signed-in member (name, email, phone; not with `no-prefill`),
 * the URL parameters allowed by `prefill-params`, the `prefill` property; fields `name`, `email`,
 * `phone`, `subject`, `message`; what the visitor typed is never replaced. A
 * hidden field catches spam bots: when it is filled nothing is sent. The message is sent once (an
 * Idempotency-Key is kept for retries), then a thank-you with "Send another message".
 *
 * @summary Contact form: the visitor's name, a way to reply and their message.
 * @tagname fav-contact
 * @attr {string} prefill - Values for the form as a JSON object, e.g. `{"name": "Ann", "message": "About the spring menu"}`: the lowest prefill source (README "Prefill").
 * @attr {string} prefill-params - URL parameters the form may take values from, space or comma separated: `email name`, or `field:param` to rename (`email:e` reads `?e=`). No other parameter is read.
 * @event fav-before-contact - Cancelable, before the message is sent. `detail`: `{input: {name, message, email?, phone?, subject?}}`; change `detail.input` to enrich the request, `preventDefault()` to stop it.
 * @event fav-contact-submitted - The message was sent. `detail`: `{conversationId, messageId, name, email?, phone?, subject?}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The heading of the form and of the thank-you.
 * @csspart member - "Signed in as …" for a signed-in member.
 * @csspart form - The contact form.
 * @csspart reply-group - The email and phone fields with their legend.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `prefix`, `hint`, `error`.
 * @csspart button - Every button; also `button-primary`, `button-secondary`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 */
@localized()
export class FavContact extends FavWidget {
  static override styles = contactStyles;

  /** The heading above the form; "Contact us" when empty. */
  @property() heading?: string;
  /** A fixed subject sent with every message (e.g. the page or product it is about). */
  @property() subject?: string;
  /** Shows an optional subject field (ignored when `subject` is set). */
  @property({type: Boolean, attribute: 'show-subject'}) showSubject = false;
  /** Do not fill the form from the signed-in member. */
  @property({type: Boolean, attribute: 'no-prefill'}) noPrefill = false;
  /** Values for the form (`name`, `email`, `phone`, `subject`, `message`): the highest prefill source, over the `prefill` attribute, the member and `prefill-params`. */
  @property({attribute: false}) prefill?: PrefillValues;

  private readonly flow = new ContactFlow(this, {
    failed: (error) => this.reportError(error),
    beforeContact: (input) => this.emit('fav-before-contact', {input}, {cancelable: true}),
    contactSubmitted: (result, input) =>
      this.emit('fav-contact-submitted', {
        conversationId: result.conversationId,
        messageId: result.messageId,
        name: input.name,
        ...(input.email ? {email: input.email} : {}),
        ...(input.phone ? {phone: input.phone} : {}),
        ...(input.subject ? {subject: input.subject} : {}),
      }),
  });
  /** Moves focus to the new step's heading (protected, not private: TypeScript counts a controller that is never read as unused). */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);

  protected override environmentReady(): void {
    void this.flow.loadPhonePrefix();
    this.flow.prepareSending();
    this.fillForm();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A `prefill` set while the form shows fills the fields the visitor has not typed in.
    if ((changed.has('prefill') || changed.has('noPrefill')) && this.client) this.fillForm();
  }

  protected override sessionChanged(_session: MemberSession | null, change: SessionChange): void {
    if (change === 'signed-in') this.fillForm();
    this.requestUpdate();
  }

  /** Fills the form (README "Prefill"); the rule loads only when the page or the member gives values. */
  protected override prefillChanged(): void {
    if (this.client) this.fillForm();
  }

  private fillForm(): void {
    if (this.prefill || this.matches('[prefill],[prefill-params]') || (this.member && !this.noPrefill)) {
      void import('./contact-prefill.js').then(({fillContactForm}) => fillContactForm(this.flow, this.member));
    }
  }

  /** The visitor sent the form: when it is not sent because of field errors, focus moves to the first. */
  private async submit(values: ContactValues, honeypot: string): Promise<void> {
    const sent = await this.flow.submit(values, honeypot, this.subject || undefined);
    if (!sent && Object.keys(this.flow.errors).length) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const body =
      flow.step === 'done'
        ? renderDone({
            onAgain: () => {
              flow.again();
              this.fillForm();
            },
          })
        : renderForm(
            flow,
            {
              heading: this.heading || msg('Contact us', {id: 'contact.heading', desc: 'Default heading of the contact form'}),
              subject: this.subject || undefined,
              showSubject: this.showSubject,
              memberName: this.member?.memberName,
            },
            {onSubmit: (values, honeypot) => void this.submit(values, honeypot), onRetry: () => void flow.retry()},
          );
    return html`<div part="base" class="base">${body}</div>`;
  }
}
