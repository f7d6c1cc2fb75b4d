import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/contact.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import type {FavContactSubmittedDetail} from '../../../src/widgets/contact/fav-contact.js';
import {ContactPage} from './contact-page.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {deepActive, tabTo} from '../../support/keyboard.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

describe('<fav-contact>', () => {
  beforeEach(async () => {
    resetPage();
    await setViewport({width: 1000, height: 900});
  });

  describe('sending a message', () => {
    it('sends a guest message once and thanks the visitor, then starts another', async () => {
      const page = await ContactPage.mount();
      expect(page.heading).to.equal('Contact us');
      expect(page.root.querySelector('[part~="prefix"]')!.textContent).to.equal('+852');
      await page.fill();
      const submitted = oneEvent(page.element, 'fav-contact-submitted');
      await page.send();
      const event = await submitted;
      await page.waitFor('done');

      const request = lastRequest('submitContact');
      expect(request.method).to.equal('POST');
      expect(request.body).to.deep.equal({name: 'Amy Lau', email: 'amy@example.com', message: 'Do you open on public holidays?'});
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(request.headers).to.not.have.property('authorization');
      expect(requestsFor('submitContact')).to.have.length(1);

      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({conversationId: 'conv-1', messageId: 'msg-1', name: 'Amy Lau', email: 'amy@example.com'} satisfies FavContactSubmittedDetail);
      expect(page.heading).to.equal('Thank you');
      expect(page.banner()).to.contain('We have your message');

      await page.click('Send another message');
      await page.waitFor('form');
      expect(page.input('name').value).to.equal('Amy Lau');
      expect(page.input('email').value).to.equal('amy@example.com');
      expect(page.input('message').value).to.equal('');
      await page.type('message', 'And on Sundays?');
      await page.send();
      await page.waitFor('done');
      const keys = requestsFor('submitContact').map((r) => r.headers['idempotency-key']);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.not.equal(keys[1]);
    });

    it('takes a phone number alone, with the tenant’s dialling prefix, and a subject', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact subject="Spring menu"></fav-contact></fav-provider>`);
      expect(page.root.querySelector('[name="subject"]')).to.equal(null);
      await page.fill({email: '', phone: '6123 4567'});
      const submitted = oneEvent(page.element, 'fav-contact-submitted');
      await page.send();
      const event = await submitted;
      expect(lastRequest('submitContact').body).to.deep.equal({name: 'Amy Lau', phone: '+85261234567', message: 'Do you open on public holidays?', subject: 'Spring menu'});
      expect(event.detail).to.deep.include({name: 'Amy Lau', phone: '+85261234567', subject: 'Spring menu'});
      expect(event.detail).to.not.have.property('email');
    });

    it('offers an optional subject field with show-subject', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact show-subject heading="Ask us"></fav-contact></fav-provider>`);
      expect(page.heading).to.equal('Ask us');
      expect(page.labelOf('subject')).to.equal('Subject (optional)');
      await page.fill();
      await page.type('subject', 'Opening hours');
      await page.send();
      expect(lastRequest('submitContact').body).to.deep.include({subject: 'Opening hours'});
    });

    it('checks the form before sending: name, a way to reply, valid email and phone, message', async () => {
      const page = await ContactPage.mount();
      await page.submit();
      await page.element.updateComplete;
      expect(page.errorOf('name')).to.contain('Please fill this in.');
      expect(page.errorOf('email')).to.contain('Give an email or a phone number, so we can reply.');
      expect(page.errorOf('message')).to.contain('Please fill this in.');
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'name', 'focus on the first field with a problem');
      await expect(page.element).to.be.accessible();

      await page.fill({email: 'amy@', phone: '123', message: 'Hello'});
      await page.submit();
      await page.element.updateComplete;
      expect(page.errorOf('name')).to.equal('');
      expect(page.errorOf('email')).to.contain('Enter a valid email address.');
      expect(page.errorOf('phone')).to.contain('Enter a valid mobile number.');
      expect(requestsFor('submitContact')).to.have.length(0);
      expect(page.input('phone').value).to.equal('123');
      expect(page.input('message').value).to.equal('Hello');
    });

    it('announces the missing way to reply on both the email and the phone field, shown once', async () => {
      const page = await ContactPage.mount();
      await page.fill({email: '', phone: '', message: 'Hello'});
      await page.submit();
      await page.element.updateComplete;
      const reply = 'Give an email or a phone number, so we can reply.';
      for (const name of ['email', 'phone']) {
        expect(page.input(name).getAttribute('aria-invalid'), name).to.equal('true');
        expect(page.errorOf(name), name).to.equal(`⚠ ${reply}`);
      }
      expect([...page.root.querySelectorAll('[part~="error"]')].filter((node) => node.textContent!.includes(reply))).to.have.length(1);
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'email', 'focus on the email field');
      await expect(page.element).to.be.accessible();

      await page.type('phone', '91234567');
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.include({phone: '+85291234567'});
    });

    it('lets the page enrich the message in fav-before-contact, or stop it', async () => {
      const page = await ContactPage.mount();
      await page.fill();
      page.element.addEventListener('fav-before-contact', (event) => event.preventDefault(), {once: true});
      await page.click('Send message');
      await page.settled();
      expect(requestsFor('submitContact')).to.have.length(0);
      expect(page.banner()).to.contain('cannot be sent here');
      expect(page.step).to.equal('form');

      page.element.addEventListener(
        'fav-before-contact',
        (event) => {
          expect(event.cancelable).to.equal(true);
          event.detail.input.subject = 'From the pricing page';
        },
        {once: true},
      );
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.include({subject: 'From the pricing page', name: 'Amy Lau'});
    });
  });

  describe('a signed-in member', () => {
    it('finds their name, email and phone in the empty fields, keeping what they typed', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact></fav-contact></fav-provider>`);
      await page.type('name', 'Tai Man');
      const provider = page.element.closest('fav-provider') as FavProvider;
      await signInMember(provider, 'mem-demo-chan');
      await waitUntil(() => page.input('email').value !== '', 'the prefilled email');
      expect(page.input('name').value).to.equal('Tai Man');
      expect(page.input('email').value).to.equal('taiman@example.com');
      expect(page.input('phone').value).to.equal('91234567');
      expect(page.root.querySelector('[part~="member"]')!.textContent).to.contain('Chan Tai Man');
      await page.type('message', 'Can I move my booking?');
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.equal({
        name: 'Tai Man',
        email: 'taiman@example.com',
        phone: '+85291234567',
        message: 'Can I move my booking?',
      });
    });

    it('leaves the form empty with no-prefill', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact no-prefill></fav-contact></fav-provider>`);
      await signInMember(page.element.closest('fav-provider') as FavProvider, 'mem-demo-chan');
      await waitUntil(() => page.root.querySelector('[part~="member"]'), 'the signed-in note');
      expect(page.input('name').value).to.equal('');
      expect(page.input('email').value).to.equal('');
      expect(page.input('phone').value).to.equal('');
    });
  });

  describe('prefill (docs/guides/prefill.md)', () => {
    const pageUrl = location.href;
    afterEach(() => history.replaceState(null, '', pageUrl));

    it('fills from the attribute, the member, the allow-listed URL parameters and the property, each over the one before, and sends it', async () => {
      history.replaceState(null, '', `${location.pathname}?email=url%40example.com&msg=From+the+URL&phone=69999999`);
      const page = await ContactPage.mount(
        html`<fav-provider mock company-id="demo"
          ><fav-contact
            prefill='{"name": "Attribute Name", "email": "attribute@example.com", "message": "From the attribute"}'
            prefill-params="email message:msg"
            .prefill=${{name: 'Property Name'}}
          ></fav-contact
        ></fav-provider>`,
      );
      await waitUntil(() => page.input('message').value === 'From the URL', 'the prefilled message');
      expect(page.input('name').value).to.equal('Property Name');
      expect(page.input('email').value).to.equal('url@example.com');
      expect(page.input('phone').value, 'phone is not on the list').to.equal('');

      await signInMember(page.element.closest('fav-provider') as FavProvider, 'mem-demo-chan');
      await waitUntil(() => page.input('phone').value !== '', 'the member’s phone');
      expect(page.input('phone').value).to.equal('91234567'); // the member's, shown after the +852 prefix
      expect(page.input('name').value, 'the property wins over the member').to.equal('Property Name');
      expect(page.input('email').value, 'the URL wins over the member').to.equal('url@example.com');
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.equal({name: 'Property Name', email: 'url@example.com', phone: '+85291234567', message: 'From the URL'});
    });

    it('fills the untouched fields when the page sets the prefill property after the form shows', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact></fav-contact></fav-provider>`);
      await page.type('name', 'Typed Name');
      page.element.prefill = {name: 'Late Name', message: 'About the spring menu'};
      await waitUntil(() => page.input('message').value === 'About the spring menu', 'the late prefill');
      expect(page.input('name').value).to.equal('Typed Name');
    });

    it('keeps what the visitor typed over a prefilled field when the member signs in later', async () => {
      const page = await ContactPage.mount(
        html`<fav-provider mock company-id="demo"><fav-contact prefill='{"name": "Attribute Name", "email": "attribute@example.com"}'></fav-contact></fav-provider>`,
      );
      await waitUntil(() => page.input('email').value === 'attribute@example.com', 'the prefilled email');
      await page.type('email', 'typed@example.com');
      await signInMember(page.element.closest('fav-provider') as FavProvider, 'mem-demo-chan');
      await waitUntil(() => page.input('name').value === 'Chan Tai Man', 'the member over the attribute');
      expect(page.input('email').value).to.equal('typed@example.com');
      await page.type('message', 'Hello');
      await page.send();
      expect(lastRequest('submitContact').body).to.deep.include({name: 'Chan Tai Man', email: 'typed@example.com', phone: '+85291234567'});
    });
    it('leaves a field the visitor emptied empty when a member signs in later', async () => {
      const page = await ContactPage.mount(
        html`<fav-provider mock company-id="demo"><fav-contact prefill='{"email": "attribute@example.com"}'></fav-contact></fav-provider>`,
      );
      await waitUntil(() => page.input('email').value === 'attribute@example.com', 'the prefilled email');
      await page.type('email', '');
      await page.type('phone', '6');
      await page.type('phone', '');
      await signInMember(page.element.closest('fav-provider') as FavProvider, 'mem-demo-chan');
      await waitUntil(() => page.input('name').value === 'Chan Tai Man', 'the member’s name');
      await page.element.updateComplete;
      expect(page.input('email').value, 'the email the visitor emptied').to.equal('');
      expect(page.input('phone').value, 'the phone the visitor emptied').to.equal('');
      await page.type('phone', '98765432');
      await page.type('message', 'Hello');
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.equal({name: 'Chan Tai Man', phone: '+85298765432', message: 'Hello'});
    });
  });

  describe('spam', () => {
    it('hides the honeypot from people and sends nothing when a bot fills it', async () => {
      const page = await ContactPage.mount();
      const trap = page.input('website');
      expect(trap.getAttribute('tabindex')).to.equal('-1');
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.closest('.trap')!.getBoundingClientRect().width).to.be.at.most(1);

      // A keyboard user never reaches it: Tab from the message goes to the button.
      page.input('message').focus();
      await sendKeys({press: 'Tab'});
      expect(deepActive()?.textContent?.trim()).to.equal('Send message');

      let submitted = false;
      page.element.addEventListener('fav-contact-submitted', () => (submitted = true));
      await page.fill();
      trap.value = 'https://cheap-pills.example';
      await page.click('Send message');
      await page.waitFor('done');
      expect(page.heading).to.equal('Thank you');
      expect(requestsFor('submitContact')).to.have.length(0);
      expect(submitted).to.equal(false);
    });
  });

  describe('failures', () => {
    it('sends once on a double click, with a busy button', async () => {
      mockControl.setLatency({submitContact: 300});
      const page = await ContactPage.mount();
      await page.fill();
      const button = page.button('Send message');
      button.click();
      button.click();
      await waitUntil(() => page.flow.busy, 'the request runs');
      await page.element.updateComplete;
      expect(page.button('Send message').getAttribute('aria-busy')).to.equal('true');
      page.button('Send message').click();
      await page.waitFor('done');
      expect(requestsFor('submitContact')).to.have.length(1);
    });

    it('says what went wrong on a 5xx and sends with the same Idempotency-Key on "Try again"', async () => {
      const page = await ContactPage.mount();
      await page.fill({phone: '61234567'});
      mockControl.fail('submitContact', {status: 503, times: Infinity});
      await page.send();
      expect(page.step).to.equal('form');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      expect(page.input('message').value).to.equal('Do you open on public holidays?');
      expect(page.input('phone').value).to.equal('61234567');
      const key = lastRequest('submitContact').headers['idempotency-key'];
      mockControl.clearFailures();
      await page.click('Try again');
      await page.waitFor('done');
      const keys = requestsFor('submitContact').map((r) => r.headers['idempotency-key']);
      expect(keys.length).to.be.at.least(2);
      expect(new Set(keys)).to.deep.equal(new Set([key]));
    });

    it('keeps the key when the same message is sent again, and makes a new one when it changed', async () => {
      const page = await ContactPage.mount();
      await page.fill();
      mockControl.fail('submitContact', {status: 500, times: Infinity});
      await page.send();
      const first = requestsFor('submitContact').length;
      await page.send();
      mockControl.clearFailures();
      await page.type('message', 'Do you open on Sundays?');
      await page.send();
      await page.waitFor('done');
      const keys = requestsFor('submitContact').map((r) => r.headers['idempotency-key']);
      expect(new Set(keys.slice(0, -1)).size, 'one key for the same message').to.equal(1);
      expect(keys.length).to.be.greaterThan(first);
      expect(keys.at(-1)).to.not.equal(keys[0]);
    });

    it('shows the fields the server refused beside them (400 details.fields), without "Try again"', async () => {
      const page = await ContactPage.mount();
      await page.fill();
      mockControl.fail('submitContact', {
        status: 400,
        body: {success: false, error: {code: 'VALIDATION_ERROR', message: 'Some fields are not valid', details: {fields: {email: 'Domain not accepted'}}}},
      });
      let logged: unknown;
      page.element.addEventListener('fav-error', (event) => (logged = event.detail), {once: true});
      await page.send();
      expect(page.errorOf('email')).to.contain('This was not accepted. Please check it.');
      expect(page.errorOf('name')).to.equal('');
      expect(page.banner()).to.contain('Some details were not accepted.');
      expect(page.buttons().map((b) => b.textContent!.trim())).to.not.include('Try again');
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'email', 'focus on the refused field');
      expect(logged).to.deep.include({source: 'fav-contact', operation: 'submitContact', status: 400, code: 'VALIDATION_ERROR'});
      await page.type('email', 'amy@company.example');
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').body).to.deep.include({email: 'amy@company.example'});
    });

    it('asks to wait on 429, and says so when offline or the answer is unreadable, keeping the message', async () => {
      const page = await ContactPage.mount();
      await page.fill();
      mockControl.fail('submitContact', {status: 429, code: 'RATE_LIMITED'});
      await page.send();
      expect(page.banner()).to.contain('Too many requests. Please wait 30 seconds');

      mockControl.fail('submitContact', {network: true, times: Infinity});
      await page.click('Try again');
      await page.settled();
      expect(page.banner()).to.match(/could not reach the server|offline/);

      mockControl.fail('submitContact', {malformed: true, times: Infinity});
      await page.click('Try again');
      await page.settled();
      expect(page.banner()).to.contain('could not read');
      expect(page.input('message').value).to.equal('Do you open on public holidays?');

      mockControl.clearFailures();
      await page.click('Try again');
      await page.waitFor('done');
      const keys = new Set(requestsFor('submitContact').map((r) => r.headers['idempotency-key']));
      expect(keys.size).to.equal(1);
    });
  });

  describe('everyone', () => {
    it('can be finished with the keyboard alone', async () => {
      const page = await ContactPage.mount();
      await tabTo((element) => element.getAttribute('name') === 'name', 'the name field');
      await sendKeys({type: 'Amy Lau'});
      await sendKeys({press: 'Tab'});
      await sendKeys({type: 'amy@example.com'});
      await sendKeys({press: 'Tab'});
      await sendKeys({type: '61234567'});
      await sendKeys({press: 'Tab'});
      expect(deepActive()?.getAttribute('name')).to.equal('message');
      await sendKeys({type: 'Hello there'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('done');
      await waitUntil(() => page.root.activeElement?.getAttribute('part')?.includes('heading'), 'focus on the thank-you heading');
      expect(lastRequest('submitContact').body).to.deep.equal({name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567', message: 'Hello there'});
      await tabTo((element) => element.textContent?.trim() === 'Send another message', 'Send another message');
      await sendKeys({press: 'Enter'});
      await page.waitFor('form');
    });

    it('passes axe on the form, with errors, on a failure and on the thank-you', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact show-subject></fav-contact></fav-provider>`);
      await expect(page.element).to.be.accessible();
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.fill();
      mockControl.fail('submitContact', {status: 500, times: Infinity});
      await page.send();
      await expect(page.element).to.be.accessible();
      mockControl.clearFailures();
      await page.click('Try again');
      await page.waitFor('done');
      await expect(page.element).to.be.accessible();
    });

    it('works in Traditional Chinese and sends the locale', async () => {
      const page = await ContactPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-contact></fav-contact></fav-provider>`);
      expect(page.element.shadowRoot!.querySelector('[part~="prefix"]')!.textContent).to.equal('+852');
      expect(page.heading).to.equal('聯絡我們');
      await page.fill({name: '陳小明', email: '', phone: '61234567', message: '請問週日有營業嗎？'});
      await page.click('發送訊息');
      await page.waitFor('done');
      expect(page.heading).to.equal('謝謝你');
      const request = lastRequest('submitContact');
      expect(request.headers['accept-language']).to.equal('zh-Hant');
      expect(request.body).to.deep.equal({name: '陳小明', phone: '+85261234567', message: '請問週日有營業嗎？'});
    });

    it('fits a 360 px screen without scrolling sideways', async () => {
      await setViewport({width: 360, height: 740});
      const page = await ContactPage.mount();
      const noOverflow = () => {
        expect(page.element.scrollWidth, 'widget width').to.be.at.most(page.element.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
      };
      noOverflow();
      await page.submit();
      noOverflow();
      await page.fill();
      mockControl.fail('submitContact', {status: 500, times: Infinity});
      await page.send();
      noOverflow();
      mockControl.clearFailures();
      await page.click('Try again');
      await page.waitFor('done');
      noOverflow();
    });

    it('works without a provider, with its own attributes', async () => {
      const page = await ContactPage.mount(html`<fav-contact mock company-id="demo-taipei"></fav-contact>`);
      expect(page.root.querySelector('[part~="prefix"]')!.textContent).to.equal('+886');
      await page.fill({email: '', phone: '912345678'});
      await page.send();
      await page.waitFor('done');
      expect(lastRequest('submitContact').headers['x-company-id']).to.equal('demo-taipei');
      expect(lastRequest('submitContact').body).to.deep.include({phone: '+886912345678'});
    });
  });
});
