import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../../src/entries/login.js';
import {sendKeys, setViewport} from '../../support/commands.js';
import {LoginPage} from './login-page.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {advanceClock, pinClock} from '../../support/clock.js';
import {consoleErrorsWhenNextCallThrows} from '../../support/unexpected.js';

describe('<fav-login>', () => {
  beforeEach(() => {
    resetPage();
  });

  describe('prefill (docs/guides/prefill.md)', () => {
    const pageUrl = location.href;
    afterEach(() => history.replaceState(null, '', pageUrl));

    it('fills the phone from an allow-listed URL parameter, over the attribute, and sends the code to it', async () => {
      history.replaceState(null, '', `${location.pathname}?phone=61234567&identifier=69999999`);
      const page = await LoginPage.mount(html`<fav-provider mock company-id="demo"><fav-login prefill='{"phone": "+85291234567"}' prefill-params="phone"></fav-login></fav-provider>`);
      await waitUntil(() => page.input('identifier').value === '61234567', 'the prefilled phone');
      await page.submit();
      await page.waitFor('verify');
      expect(lastRequest('requestOtp').body).to.deep.include({phone: '+85261234567'});
    });

    it('fills the number when the page sets the prefill property after the form shows', async () => {
      const page = await LoginPage.mount(html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`);
      await page.waitFor('identify');
      page.element.prefill = {phone: '+85261234567'};
      await waitUntil(() => page.input('identifier').value === '61234567', 'the late prefill');
    });

    it('takes an identifier from the property over the attribute, on a tenant that signs in by email', async () => {
      const page = await LoginPage.mount(
        html`<fav-provider mock company-id="demo-taipei"
          ><fav-login prefill='{"email": "attribute@example.com"}' .prefill=${{identifier: 'lin@example.com'}}></fav-login
        ></fav-provider>`,
      );
      await waitUntil(() => page.input('identifier').value === 'lin@example.com', 'the prefilled email');
      await page.submit();
      await page.waitFor('verify');
      expect(lastRequest('requestOtp').body).to.deep.include({email: 'lin@example.com'});
    });
  });

  describe('sign-in with a one-time code', () => {
    it('reads a dialling prefix the tenant gives without its "+" (852) as +852, as the other forms do', async () => {
      mockControl.fail('getRegistrationForm', {status: 200, body: {success: true, data: {fields: [], defaultCountryCode: 'HK', countryPhonePrefix: '852'}}});
      const page = await LoginPage.mount();
      expect(page.text).to.contain('Numbers without a country code get +852.');
      await page.type('identifier', '9123 4567');
      await page.submit();
      await page.waitFor('verify');
      expect(lastRequest('requestOtp').body).to.deep.include({phone: '+85291234567'});
    });

    it('signs in the mock member by SMS and tells the page', async () => {
      const page = await LoginPage.mount();
      expect(page.heading).to.equal('Sign in');
      expect(page.labelOf('identifier')).to.contain('Mobile number');

      await page.type('identifier', '9123 4567');
      await page.submit();
      await page.waitFor('verify');
      const otp = lastRequest('requestOtp');
      expect(otp.body).to.deep.include({phone: '+85291234567'});
      expect(otp.headers['x-company-id']).to.equal('demo');
      expect(page.text).to.contain('+85291234567');
      expect(page.input('code').getAttribute('autocomplete')).to.equal('one-time-code');
      expect(page.input('code').getAttribute('inputmode')).to.equal('numeric');

      const signedIn = oneEvent(page.element, 'fav-signed-in');
      await page.type('code', '123456');
      const event = await signedIn;
      await page.waitFor('signed-in');
      expect(event.detail.method).to.equal('otp');
      expect(event.detail.member.name).to.equal('Chan Tai Man');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(lastRequest('verifyOtp').body).to.deep.include({phone: '+85291234567', code: '123456', otp: '123456'});
      expect(page.text).to.contain('Signed in as Chan Tai Man');
      expect(Object.keys(localStorage).some((key) => key.startsWith('fav-widgets:session:'))).to.equal(true);
    });

    it('asks for an email on a tenant that signs in by email', async () => {
      const page = await LoginPage.mount(html`<fav-provider mock company-id="demo-taipei"><fav-login></fav-login></fav-provider>`);
      expect(page.labelOf('identifier')).to.contain('Email');
      expect(page.input('identifier').type).to.equal('email');
      await page.type('identifier', 'lin@example.com');
      await page.submit();
      await page.waitFor('verify');
      expect(lastRequest('requestOtp').body).to.deep.include({email: 'lin@example.com'});
      await page.type('code', '123456');
      await page.waitFor('signed-in');
      expect(page.text).to.contain('Lin Mei');
    });

    it('accepts a pasted code with spaces and submits it once', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      await page.type('code', ' 123 456 ');
      await page.waitFor('signed-in');
      expect(requestsFor('verifyOtp')).to.have.length(1);
    });

    it('validates the phone before sending anything', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '12');
      await page.submit();
      expect(page.errorOf('identifier')).to.match(/valid mobile number/i);
      expect(page.input('identifier').getAttribute('aria-invalid')).to.equal('true');
      expect(page.root.activeElement).to.equal(page.input('identifier'));
      expect(requestsFor('requestOtp')).to.have.length(0);
    });

    it('says when the code is wrong, keeps the step, then accepts the right code', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      await page.type('code', '000000');
      await page.settled();
      expect(page.flow.step).to.equal('verify');
      expect(page.errorOf('code')).to.contain('That code is not right');
      await page.type('code', '123456');
      await page.waitFor('signed-in');
    });

    it('says when the code has expired', async () => {
      pinClock('2026-12-01T09:00:00+08:00');
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      advanceClock(10 * 60_000);
      await page.type('code', '123456');
      await page.settled();
      expect(page.errorOf('code')).to.contain('expired');
    });

    it('stops after too many wrong codes', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      for (let attempt = 0; attempt < 6; attempt += 1) {
        await page.type('code', `00000${attempt}`);
        await page.settled();
      }
      expect(page.errorOf('code')).to.match(/too many attempts/i);
    });

    it('tells the visitor to wait when codes are requested too often, keeping what they typed', async () => {
      mockControl.fail('requestOtp', {status: 429, code: 'RATE_LIMITED', message: 'Slow down'});
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.settled();
      expect(page.errorOf('identifier')).to.match(/wait \d+ seconds/i);
      expect(page.input('identifier').value).to.equal('91234567');
    });

    it('offers to try again after a network failure, with nothing typed lost', async () => {
      mockControl.fail('requestOtp', {network: true});
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.settled();
      expect(page.banner()).to.match(/connection|network|offline/i);
      expect(page.input('identifier').value).to.equal('91234567');
      await page.click('Try again');
      await page.waitFor('verify');
    });

    it('does not pass off a programming error as a network failure', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      const logged = await consoleErrorsWhenNextCallThrows(page.element.client!, 'requestOtp', {reason: 'not an Error'}, async () => {
        await page.submit();
        await page.settled();
      });
      expect(page.banner()).to.contain('Something went wrong').and.not.match(/connection|network|offline/i);
      expect(logged).to.deep.include({reason: 'not an Error'});
      expect(page.input('identifier').value).to.equal('91234567');
    });

    it('shows a retry when the login channel cannot be loaded', async () => {
      mockControl.fail('getLoginChannel', {status: 503, times: 3});
      const page = await LoginPage.mount(undefined, 'unavailable');
      expect(page.banner()).not.to.equal('');
      await page.click('Try again');
      await page.waitFor('identify');
    });

    it('reports failures to the host page as fav-error', async () => {
      mockControl.fail('verifyOtp', {status: 500, message: 'boom'});
      const page = await LoginPage.mount();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      const failure = oneEvent(page.element, 'fav-error');
      await page.type('code', '123456');
      const event = await failure;
      expect(event.detail).to.include({source: 'fav-login', operation: 'verifyOtp', status: 500});
    });
  });

  describe('registration', () => {
    it('offers registration for an unknown number, validates the tenant form, then signs in', async () => {
      const page = await LoginPage.mount();
      await page.type('identifier', '61112222');
      await page.submit();
      await page.waitFor('verify');
      await page.type('code', '123456');
      await page.waitFor('register');
      expect(page.heading).to.equal('Create your account');
      expect(page.input('phone').value).to.contain('61112222');

      await page.submit();
      expect(page.errorOf('name')).to.not.equal('');
      expect(page.errorOf('agreeToTerms')).to.not.equal('');
      expect(requestsFor('registerMember')).to.have.length(0);

      await page.type('name', 'Wong Siu Ming');
      await page.type('email', 'not-an-email');
      await page.check('agreeToTerms');
      await page.submit();
      expect(page.errorOf('email')).to.match(/email/i);
      await page.type('email', 'siuming@example.com');
      const signedIn = oneEvent(page.element, 'fav-signed-in');
      await page.submit();
      const event = await signedIn;
      expect(event.detail.method).to.equal('register');
      const request = lastRequest('registerMember');
      expect(request.body).to.deep.include({name: 'Wong Siu Ming', email: 'siuming@example.com', agreeToTerms: true, source: 'fav-widgets'});
      expect(request.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      await page.waitFor('signed-in');
      expect(page.text).to.contain('Wong Siu Ming');
    });

    it('says when the member already exists and leads back to sign-in', async () => {
      const page = await LoginPage.mount();
      await page.click('New here? Create an account');
      await page.waitFor('register');
      await page.type('name', 'Chan Tai Man');
      await page.type('phone', '91234567');
      await page.check('agreeToTerms');
      await page.submit();
      await page.settled();
      expect(page.banner()).to.contain('already exists');
      expect(page.input('name').value).to.equal('Chan Tai Man');
      await page.click('Already a member? Sign in');
      await page.waitFor('identify');
    });
  });

  describe('session', () => {
    it('signs out with the button and tells the page', async () => {
      const page = await LoginPage.mount();
      await page.signInAsMember();
      const signedOut = oneEvent(page.element, 'fav-signed-out');
      await page.click('Sign out');
      const event = await signedOut;
      expect(event.detail.memberUuid).to.be.a('string');
      await page.waitFor('identify');
      expect(requestsFor('logout')).to.have.length(1);
      expect(Object.keys(localStorage).some((key) => key.startsWith('fav-widgets:session:'))).to.equal(false);
    });

    it('shows every login under the provider as signed in at once', async () => {
      const page = await LoginPage.mount(
        html`<div><fav-provider mock company-id="demo"><fav-login></fav-login><fav-login id="second"></fav-login></fav-provider></div>`,
      );
      const second = page.element.parentElement!.querySelector<HTMLElement & {flow: {step: string}}>('#second')!;
      await page.signInAsMember();
      await waitUntil(() => second.flow.step === 'signed-in', 'the second login shows the member');
    });

    it('restores a stored session, validates it, and says so when it has expired', async () => {
      const first = await LoginPage.mount();
      await first.signInAsMember();
      // A new page load: the stored token is checked with the server, which no longer accepts it.
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401, code: 'TOKEN_EXPIRED', times: Infinity});
      const {resetSessionStores} = await import('../../../src/context/session-store.js');
      resetSessionStores();
      const provider = document.createElement('fav-provider') as FavProvider;
      provider.setAttribute('mock', '');
      provider.setAttribute('company-id', 'demo');
      const expired = oneEvent(provider, 'fav-session-expired');
      provider.innerHTML = '<fav-login></fav-login>';
      document.body.append(provider);
      const event = await expired;
      expect(event.detail.companyId).to.equal('demo');
      const page = new LoginPage(provider.querySelector('fav-login')!);
      await page.waitFor('identify');
      expect(page.banner()).to.contain('session has expired');
      expect(requestsFor('validateToken').length).to.be.greaterThan(0);
      provider.remove();
    });
  });

  describe('keyboard and accessibility', () => {
    it('can be completed with the keyboard alone, with focus on each new step', async () => {
      const page = await LoginPage.mount();
      page.input('identifier').focus();
      await sendKeys({type: '91234567'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('verify');
      await waitUntil(() => page.root.activeElement?.matches('[part~="heading"]'), 'focus on the code step heading');
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement).to.equal(page.input('code'));
      await sendKeys({type: '123456'});
      await page.waitFor('signed-in');
      await waitUntil(() => page.root.activeElement?.matches('[part~="heading"]'), 'focus on the signed-in heading');
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement?.textContent?.trim()).to.equal('Sign out');
      await sendKeys({press: 'Enter'});
      await page.waitFor('identify');
    });

    it('passes axe in every step', async () => {
      mockControl.setOtpRateLimit(false);
      const page = await LoginPage.mount();
      await expect(page.element).to.be.accessible();
      await page.type('identifier', '1');
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      await expect(page.element).to.be.accessible();
      await page.type('code', '000000');
      await page.settled();
      await expect(page.element).to.be.accessible();
      await page.click('Use a different number');
      await page.click('New here? Create an account');
      await page.waitFor('register');
      await expect(page.element).to.be.accessible();
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.click('Already a member? Sign in');
      await page.signInAsMember();
      await expect(page.element).to.be.accessible();
    });

    it('speaks Traditional Chinese', async () => {
      const page = await LoginPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-login></fav-login></fav-provider>`);
      await waitUntil(() => page.heading === '登入', `Chinese heading, got ${page.heading}`);
      expect(page.labelOf('identifier')).to.contain('手機號碼');
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      expect(lastRequest('requestOtp').headers['accept-language']).to.equal('zh-Hant');
      await page.type('code', '123456');
      await page.waitFor('signed-in');
      expect(page.text).to.contain('陳大文');
      const {applyLocale} = await import('../../../src/i18n/locale.js');
      await applyLocale('en');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('fits a 360 px wide phone without horizontal scrolling, in every step', async () => {
      await setViewport({width: 360, height: 740});
      const page = await LoginPage.mount();
      const fits = () => page.element.scrollWidth <= page.element.clientWidth && document.documentElement.scrollWidth <= 360;
      expect(fits(), 'identify').to.equal(true);
      await page.type('identifier', '91234567');
      await page.submit();
      await page.waitFor('verify');
      expect(fits(), 'verify').to.equal(true);
      await page.click('Use a different number');
      await page.click('New here? Create an account');
      await page.waitFor('register');
      expect(fits(), 'register').to.equal(true);
    });

    it('uses the dark defaults with theme="dark" and the host font by default', async () => {
      const page = await LoginPage.mount(
        html`<div style="font-family: Georgia, serif"><fav-provider mock company-id="demo" theme="dark"><fav-login></fav-login></fav-provider></div>`,
      );
      const style = getComputedStyle(page.root.querySelector('[part~="base"]')!);
      expect(style.backgroundColor).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle(page.element).fontFamily).to.contain('Georgia');
    });

    it('follows designer tokens set on the provider', async () => {
      const page = await LoginPage.mount(
        html`<fav-provider mock company-id="demo" style="--fav-color-primary: rgb(122, 31, 162)"><fav-login></fav-login></fav-provider>`,
      );
      const button = page.button('Send code');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(122, 31, 162)');
    });
  });

  describe('without a provider', () => {
    it('takes the provider attributes itself', async () => {
      const page = await LoginPage.mount(html`<fav-login mock company-id="demo"></fav-login>`);
      await page.signInAsMember();
      expect(page.text).to.contain('Chan Tai Man');
    });

    it('shows a calm message instead of a blank box when no tenant is given (the console says what to fix)', async () => {
      const page = await LoginPage.mount(html`<fav-login></fav-login>`, 'loading');
      await waitUntil(() => page.banner() !== '', 'a message');
      expect(page.banner()).to.equal('Sorry, this is not available here right now.');
    });
  });
});
