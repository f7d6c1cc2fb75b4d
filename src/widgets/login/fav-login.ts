import {localized} from '@lit/localize';
import {html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {StepFocusController} from '../../ui/step-header.js';
import {LoginFlow, type RegistrationValues} from './login-flow.js';
import {loginStyles} from './fav-login.styles.js';
import {renderIdentify, renderSignedIn, renderVerify, renderUnavailable} from './login-views.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LazyModule} from '../shared/lazy-module.js';
import type {PrefillValues} from '../shared/prefill.js';

declare global {
  interface FavEventMap {
    'fav-signed-in': FavSignedInDetail;
    'fav-signed-out': FavSignedOutDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-login': FavLogin;
  }
}

/** The member as reported in `fav-signed-in`. */
export interface FavMemberSummary {
  uuid?: string;
  name?: string;
  phone?: string;
  email?: string;
}

/** `detail` of `fav-signed-in`. */
export interface FavSignedInDetail {
  member: FavMemberSummary;
  /** `otp` for a one-time-code sign-in, `register` for a new account. */
  method: 'otp' | 'register';
}

/** `detail` of `fav-signed-out`. */
export interface FavSignedOutDetail {
  /** The member who signed out, when known. */
  memberUuid?: string;
}

function memberSummary(session: Pick<MemberSession, 'memberUuid' | 'memberName' | 'phone' | 'email'>): FavMemberSummary {
  return {uuid: session.memberUuid, name: session.memberName, phone: session.phone, email: session.email};
}

/**
 * Member sign-in with a one-time code by SMS, WhatsApp or email (as the tenant is configured), and
 * registration with the tenant's own form fields. Signed in, it shows the member's name and a
 * sign-out button. The session is shared with every widget under the same `<fav-provider>`.
 *
 * The phone number or email can be prefilled (README "Prefill"), each source over the one before:
 * the `prefill` attribute, the URL parameters allowed by `prefill-params`, the `prefill` property;
 * field `identifier`, else `phone` (SMS and WhatsApp tenants) or `email` (email tenants); what the
 * visitor typed is never replaced.
 *
 * @summary OTP member sign-in, registration and sign-out.
 * @tagname fav-login
 * @attr {string} prefill - Values for the sign-in as a JSON object, e.g. `{"identifier": "+85291234567"}`: the lowest prefill source (README "Prefill").
 * @attr {string} prefill-params - URL parameters the sign-in may take values from, space or comma separated: `phone email`, or `field:param` to rename (`identifier:login` reads `?login=`). No other parameter is read.
 * @event fav-signed-in - The visitor signed in or registered. `detail`: `{member: {uuid, name, phone, email}, method: 'otp' | 'register'}`.
 * @event fav-signed-out - The member signed out with the sign-out button. `detail`: `{memberUuid}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The step heading.
 * @csspart form - Each step's form.
 * @csspart field - A label, input, hint and error group.
 * @csspart label - A field label.
 * @csspart input - A text, phone, email, date or code input, or a select.
 * @csspart code-input - The one-time code input.
 * @csspart prefix - The dialling code shown before the phone input.
 * @csspart checkbox - A registration checkbox.
 * @csspart hint - Help text under a field.
 * @csspart error - A field's error message.
 * @csspart button - Every button.
 * @csspart button-primary - The main action of a step.
 * @csspart button-secondary - Sign out and "Try again".
 * @csspart button-link - Secondary actions shown as links.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-warning`, `banner-danger`.
 * @csspart skeleton - The placeholder shown while the form loads.
 * @csspart member - The signed-in member's name.
 */
@localized()
export class FavLogin extends FavWidget {
  static override styles = loginStyles;

  /** Values for the sign-in (`identifier`, else `phone` or `email`): the highest prefill source, over the `prefill` attribute and `prefill-params`. */
  @property({attribute: false}) prefill?: PrefillValues;

  private readonly flow = new LoginFlow(this, {
    failed: (error) => this.reportError(error),
    signedIn: (result, method) => {
      const session = this.environment?.session?.signIn(result);
      if (session) this.emit('fav-signed-in', {member: memberSummary(session), method});
    },
  });
  /** Moves focus to the new step's heading (protected, not private: TypeScript counts a controller that is never read as unused). */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);
  /** The registration step (login-register.ts), loaded while the sign-in form shows. */
  private readonly registerStep = new LazyModule(() => import('./login-register.js'), {arrived: () => this.requestUpdate()});
  /** Set when the session ended without a sign-out, to say so on the sign-in step. */
  private expiredNotice = false;
  private tick?: ReturnType<typeof setInterval>;

  protected override environmentReady(): void {
    // The prefill rule loads only when the page gives values (README "Prefill").
    if (this.prefill || this.matches('[prefill],[prefill-params]')) this.fillForm();
    if (this.member) this.flow.showSignedIn();
    else void this.flow.load();
  }

  protected override localeChanged(): void {
    void this.flow.reread();
  }

  protected override sessionChanged(session: MemberSession | null, change: SessionChange): void {
    if (session) {
      if (this.flow.step !== 'signed-in') this.flow.showSignedIn();
      this.expiredNotice = false;
      return;
    }
    this.expiredNotice = change === 'expired';
    if (this.flow.step === 'signed-in' || this.flow.step === 'loading') void this.flow.load();
    else this.flow.reset();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
    this.tick = undefined;
  }

  protected override prefillChanged(): void {
    if (this.client) this.fillForm();
  }

  private fillForm(): void {
    void import('./login-prefill.js').then(({fillIdentifier}) => fillIdentifier(this.flow));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A `prefill` set while the form shows fills the fields the visitor has not typed in.
    if (changed.has('prefill') && this.client && (this.prefill || this.matches('[prefill],[prefill-params]'))) this.fillForm();
    // Count down to "send again" only while it matters.
    const waiting = this.flow.resendAt > Date.now() && (this.flow.step === 'verify' || this.flow.step === 'identify');
    if (waiting && !this.tick) {
      this.tick = setInterval(() => this.requestUpdate(), 1000);
    } else if (!waiting && this.tick) {
      clearInterval(this.tick);
      this.tick = undefined;
    }
  }

  private async signOut(): Promise<void> {
    const memberUuid = this.member?.memberUuid;
    await this.environment?.session?.signOut();
    this.emit('fav-signed-out', {memberUuid});
  }

  private secondsUntilResend(): number {
    return Math.max(0, Math.ceil((this.flow.resendAt - Date.now()) / 1000));
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    // Registration is a click away from the sign-in form: its code arrives while the visitor reads it.
    if (flow.step === 'identify' || flow.step === 'verify') void this.registerStep.load().catch(() => undefined);
    let body;
    switch (flow.step) {
      case 'loading':
        body = renderSkeleton(['heading', 'line', 'input', 'button']);
        break;
      case 'unavailable':
        body = renderUnavailable(flow.error, () => void flow.load());
        break;
      case 'identify':
        body = renderIdentify(flow, {
          expired: this.expiredNotice,
          waitSeconds: this.secondsUntilResend(),
          onSubmit: (identifier) => {
            this.expiredNotice = false;
            void flow.requestCode(identifier);
          },
          onRegister: () => flow.go('register'),
        });
        break;
      case 'verify':
        body = renderVerify(flow, {
          waitSeconds: this.secondsUntilResend(),
          onSubmit: (code) => void flow.verify(code),
          onResend: () => void flow.resend(),
          onChangeIdentifier: () => flow.go('identify'),
        });
        break;
      case 'register':
        body = this.renderRegister();
        break;
      case 'signed-in':
        body = renderSignedIn(this.member, () => void this.signOut());
        break;
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  /** The registration step, from its lazily loaded module (a placeholder until it is here). */
  private renderRegister() {
    const register = this.registerStep.module;
    if (!register) {
      void this.registerStep.load().catch((error: unknown) => this.reportError(error));
      return renderSkeleton(['heading', 'line', 'input', 'button']);
    }
    const flow = this.flow;
    return register.renderRegister(flow, {
      onSubmit: (values: RegistrationValues) => void flow.register(values),
      onSignIn: () => flow.go('identify'),
    });
  }
}
