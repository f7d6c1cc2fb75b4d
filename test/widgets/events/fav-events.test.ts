import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/events.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import type {FavPaymentStartedDetail} from '../../../src/widgets/events/fav-events.js';
import {MOCK_EVENTS_IDS} from '../../../src/mock/index.js';
import {EventsPage} from './events-page.js';
import {squash} from '../../support/widget-page.js';
import {lastRequest, mockControl, mockGet, mockPost, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {recordConsoleErrors} from '../../support/unexpected.js';
import {tabTo} from '../../support/keyboard.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const PAGE_URL = location.href;
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Keeps the visitor on the page: the test plays the hosted payment page itself. */
function stayOnPage(element: HTMLElement): Promise<CustomEvent<FavPaymentStartedDetail>> {
  element.addEventListener('fav-payment-started', (event) => event.preventDefault(), {once: true});
  return oneEvent(element, 'fav-payment-started') as Promise<CustomEvent<FavPaymentStartedDetail>>;
}

/** Back from the hosted payment page: the URL it sent the visitor to, and a fresh widget on it. */
async function returnTo(url: string, template = html`<fav-provider mock company-id="demo"><fav-events></fav-events></fav-provider>`): Promise<EventsPage> {
  history.replaceState(null, '', url);
  return new EventsPage(await fixture<HTMLElement>(template).then((root) => root.querySelector('fav-events')!));
}

const METHODS = JSON.stringify([
  {id: 'pm-card', name: 'Credit card'},
  {id: 'pm-alipayhk', name: 'AlipayHK'},
]);

describe('<fav-events>', () => {
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    await setViewport({width: 1000, height: 900});
  });
  afterEach(() => history.replaceState(null, '', PAGE_URL));

  describe('the list', () => {
    it('shows upcoming events first with date, place, price and seats', async () => {
      const page = await EventsPage.mount();
      expect(page.heading).to.equal('Events');
      const names = page.eventNames();
      expect(names.slice(-2)).to.have.members(['Mindful Parenting Circle', 'Aromatherapy Blending Workshop']);
      expect(names.indexOf('Breathwork for Busy Minds')).to.be.lessThan(names.indexOf('Mindful Parenting Circle'));
      expect(page.card('Full Moon Sound Bath')).to.contain('HK$380.00').and.contain('2 seats left').and.contain('Harbour Wellness Studio');
      expect(page.card("Dragon's Back Sunrise Hike")).to.contain('Sold out').and.contain('Free');
      expect(page.card('Harbourfront Sunset Tai Chi')).to.contain('Cancelled');
      expect(page.card('Mindful Parenting Circle')).to.contain('Ended');
      expect(page.card("Gut Health: A Nutritionist's Guide")).to.contain('Online');
      expect(lastRequest('listEvents').query).to.deep.equal({page: '1', limit: '10'});
      expect(lastRequest('listEvents').headers['x-company-id']).to.equal('demo');
    });

    it('searches and hides past events with hide-past', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events hide-past layout="grid"></fav-events></fav-provider>`);
      expect(page.eventNames()).to.not.include('Mindful Parenting Circle');
      await page.type('search', 'yoga');
      await page.submit();
      await page.waitFor('list');
      expect(lastRequest('listEvents').query).to.deep.include({search: 'yoga'});
      expect(page.eventNames()).to.deep.equal(['Lantau Weekend Yoga Retreat']);
      await page.type('search', 'zzz');
      await page.submit();
      await page.waitFor('list');
      expect(page.text).to.contain('No events match “zzz”.');
    });

    it('with hide-past, fills every page from further API pages when the API lists past events first', async () => {
      // A server that sorts by date: the two past events open the first page of the API.
      mockControl.setEventOrder('chronological');
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events hide-past page-size="4"></fav-events></fav-provider>`);
      const first = page.eventNames();
      expect(first).to.have.length(4);
      expect(first).to.not.include('Mindful Parenting Circle');
      expect(first).to.not.include('Aromatherapy Blending Workshop');
      expect(page.text).to.not.contain('Ended');
      expect(requestsFor('listEvents').map((r) => r.query)).to.deep.equal([
        {page: '1', limit: '4'},
        {page: '2', limit: '4'},
      ]);
      // No one knows how many pages of upcoming events there are: the pager does not say "of 3".
      expect(squash(page.root.querySelector('[part~="pager-status"]')?.textContent)).to.equal('Page 1');
      expect(page.button('Previous').disabled).to.equal(true);
      expect(page.button('Next').disabled).to.equal(false);

      await page.click('Next');
      await waitUntil(() => !page.flow.busy && page.text.includes('Page 2'), 'the second page');
      const second = page.eventNames();
      expect(second).to.have.length(4);
      expect(second.filter((name) => first.includes(name))).to.deep.equal([]);
      // The second page went on where the first stopped (inside the API's page 2), and read page 3 to its end.
      expect(requestsFor('listEvents').slice(2).map((r) => r.query.page)).to.deep.equal(['3']);
      expect(page.button('Next').disabled, 'no upcoming event is left').to.equal(true);

      await page.click('Previous');
      await waitUntil(() => !page.flow.busy && page.text.includes('Page 1'), 'back on the first page');
      expect(page.eventNames()).to.deep.equal(first);
    });

    it('with hide-past, offers no next page when only past events are left', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events hide-past page-size="4"></fav-events></fav-provider>`);
      expect(page.eventNames()).to.have.length(4);
      await page.click('Next');
      await waitUntil(() => !page.flow.busy && page.text.includes('Page 2'), 'the second page');
      expect(page.eventNames()).to.have.length(4);
      // The API's third page holds the two past events only: no "Next" to an empty page.
      expect(page.button('Next').disabled).to.equal(true);
      expect(page.text).to.not.contain('There are no events right now.');
    });

    it('pages through the events with page-size', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events page-size="4"></fav-events></fav-provider>`);
      expect(lastRequest('listEvents').query).to.deep.include({page: '1', limit: '4'});
      const first = page.eventNames();
      expect(first).to.have.length(4);
      expect(page.text).to.contain('Page 1 of 3');
      await page.click('Next');
      await page.waitFor('list');
      await waitUntil(() => page.text.includes('Page 2 of 3'), 'the second page');
      expect(lastRequest('listEvents').query).to.deep.include({page: '2', limit: '4'});
      const second = page.eventNames();
      expect(second).to.have.length(4);
      expect(second.filter((name) => first.includes(name))).to.deep.equal([]);
      await page.click('Previous');
      await waitUntil(() => page.text.includes('Page 1 of 3'), 'back on the first page');
      expect(page.eventNames()).to.deep.equal(first);
    });

    it('opens the event named by the event attribute, and says so for an unknown one', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="lantau-weekend-yoga-retreat"></fav-events></fav-provider>`, 'detail');
      expect(page.heading).to.equal('Lantau Weekend Yoga Retreat');
      expect(lastRequest('getEvent').path).to.contain('/events/lantau-weekend-yoga-retreat');
      const missing = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="no-such-event"></fav-events></fav-provider>`, 'unavailable');
      expect(missing.banner()).to.contain('This event could not be found.');
      await missing.click('See all events');
      await missing.waitFor('list');
    });

    it('offers "Try again" on a 5xx, an unreadable answer and when offline; shows a loading state while slow', async () => {
      mockControl.fail('listEvents', {status: 500});
      const page = await EventsPage.mount(undefined, 'unavailable');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      mockControl.fail('listEvents', {malformed: true});
      await page.click('Try again');
      await waitUntil(() => page.banner().includes('could not read'), 'the unreadable-answer message');
      mockControl.fail('listEvents', {network: true, times: Infinity});
      await page.click('Try again');
      await waitUntil(() => page.banner().includes('could not reach the server'), 'the network message');
      mockControl.clearFailures();
      mockControl.setLatency({listEvents: 400});
      await page.click('Try again');
      await waitUntil(() => page.root.querySelector('[part~="skeleton"]'), 'a skeleton');
      await page.waitFor('list');
      expect(page.eventNames().length).to.be.greaterThan(5);
    });
  });

  describe('a free event', () => {
    it('registers a guest end to end, with the exact request, the events and a ticket', async () => {
      const page = await EventsPage.mount();
      await page.openEvent('Breathwork for Busy Minds');
      expect(page.text).to.contain('Box breathing'); // the description, sanitized
      expect(page.text).to.contain('Wong Siu Ming'); // the facilitator
      await page.toRegister();
      page.input(`sessionId`); // two dates: a choice
      page.root.querySelector<HTMLInputElement>(`input[value="${MOCK_EVENTS_IDS.sessions.breathworkSecond}"]`)!.click();
      await page.fill({quantity: 2});
      const before = oneEvent(page.element, 'fav-before-registration');
      const created = oneEvent(page.element, 'fav-registration-created');
      const checked = oneEvent(page.element, 'fav-access-checked');
      await page.submit();
      const beforeEvent = await before;
      const event = await created;
      await page.waitForStatus();

      const request = lastRequest('registerForEvent');
      expect(request.body).to.deep.equal({
        eventId: MOCK_EVENTS_IDS.events.free,
        name: 'Amy Lau',
        email: 'amy@example.com',
        phone: '+85261234567',
        quantity: 2,
        sessionId: MOCK_EVENTS_IDS.sessions.breathworkSecond,
      });
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(request.headers).to.not.have.property('authorization');

      expect(beforeEvent.cancelable).to.equal(true);
      expect(beforeEvent.detail.quantity).to.equal(2);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.event).to.deep.equal({id: MOCK_EVENTS_IDS.events.free, slug: 'breathwork-for-busy-minds', title: 'Breathwork for Busy Minds'});
      expect(event.detail.quantity).to.equal(2);
      const registration = event.detail.registration;
      expect(registration.status).to.equal('confirmed');
      const access = await checked;
      expect(access.detail).to.deep.include({registrationId: String(registration.id), status: 'confirmed'});

      // The access check is made with this registration's guest token, not as a member.
      expect(lastRequest('checkEventAccess').headers.authorization).to.equal(`Bearer ${registration.guestRegistrationToken}`);
      expect(page.heading).to.equal('You are registered');
      expect(page.accessCode()).to.equal(String(registration.id));
      expect(page.text).to.contain('Show check-in code EV-');
      const ics = page.root.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
      const file = decodeURIComponent(ics.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
      expect(file).to.contain('SUMMARY:Breathwork for Busy Minds').and.contain('LOCATION:Harbour Wellness Studio');
      expect(ics.getAttribute('download')).to.equal(`event-${registration.id}.ics`);
    });

    it('checks the form before sending and keeps what was typed', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="breathwork-for-busy-minds"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.type('email', 'amy@');
      await page.type('phone', '123');
      await page.submit();
      expect(page.errorOf('name')).to.contain('Please fill this in.');
      expect(page.errorOf('email')).to.contain('Enter a valid email address.');
      expect(page.errorOf('phone')).to.contain('Enter a valid mobile number.');
      expect(page.input('email').value).to.equal('amy@');
      expect(requestsFor('registerForEvent')).to.have.length(0);
    });

    it('lets the page enrich the registration or stop it', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="breathwork-for-busy-minds"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.fill();
      page.element.addEventListener('fav-before-registration', (event) => event.preventDefault(), {once: true});
      await page.submit();
      await page.element.updateComplete;
      expect(requestsFor('registerForEvent')).to.have.length(0);
      expect(page.banner()).to.contain('cannot be made here');
      page.element.addEventListener('fav-before-registration', (event) => void (event.detail.input.name = 'Amy Lau (VIP)'), {once: true});
      await page.submit();
      await page.waitForStatus();
      expect(lastRequest('registerForEvent').body).to.deep.include({name: 'Amy Lau (VIP)'});
    });
  });

  describe('a paid event', () => {
    /** Registers for the sound bath and presses Pay (the page stays); what the console said meanwhile. */
    async function payFor(returnUrl: string): Promise<{errors: string[]; sent: URL}> {
      const recording = recordConsoleErrors();
      const texts = () => recording.logged.map((args) => args.map(String).join(' '));
      try {
        const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events payment-methods=${METHODS} return-url=${returnUrl}></fav-events></fav-provider>`);
        await page.openEvent('Full Moon Sound Bath');
        await page.toRegister();
        await page.fill();
        await page.submit();
        await page.waitFor('payment');
        page.root.querySelector<HTMLInputElement>('input[name="paymentMethod"][value="pm-alipayhk"]')!.click();
        const started = stayOnPage(page.element);
        await page.click('Pay HK$380.00');
        await started;
        await new Promise((resolve) => setTimeout(resolve, 50)); // a refusal's message loads on demand
      } finally {
        recording.stop();
      }
      return {errors: texts().filter((text) => text.includes('return-url')), sent: new URL(String((lastRequest('createEventPaymentIntent').body as {returnUrl: string}).returnUrl))};
    }

    for (const unsafe of ['javascript:alert(1)', 'http://evil.example/thanks']) {
      it(`refuses return-url="${unsafe}" with one console error naming it, and the payment returns to this page`, async () => {
        const {errors, sent} = await payFor(unsafe);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`return-url="${unsafe}"`).and.contain('refused');
        expect(sent.origin + sent.pathname).to.equal(location.origin + location.pathname);
        expect(sent.searchParams.get('fav_event_registration')).to.match(/\S/);
      });
    }

    it('sends an https return-url to the payment, with the registration marker, without a console error', async () => {
      const {errors, sent} = await payFor('https://events.example/thanks?from=ad');
      expect(errors).to.deep.equal([]);
      expect(sent.origin + sent.pathname).to.equal('https://events.example/thanks');
      expect(sent.searchParams.get('from')).to.equal('ad');
      expect(sent.searchParams.get('fav_event_registration')).to.match(/\S/);
    });

    it('registers, pays on the hosted page with the chosen method, and confirms on return', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events payment-methods=${METHODS}></fav-events></fav-provider>`);
      await page.openEvent('Full Moon Sound Bath');
      await page.toRegister();
      expect(page.quantityOptions()).to.deep.equal(['1', '2']); // 2 seats left (4 per order)
      await page.fill();
      const created = oneEvent(page.element, 'fav-registration-created');
      await page.submit();
      const registration = (await created).detail.registration;
      await page.waitFor('payment');
      expect(registration).to.deep.include({status: 'pending', paymentRequired: true});
      expect(page.summary()).to.deep.include({Reference: String(registration.id), Tickets: '1', Total: 'HK$380.00'});

      page.root.querySelector<HTMLInputElement>('input[name="paymentMethod"][value="pm-alipayhk"]')!.click();
      const started = stayOnPage(page.element);
      await page.click('Pay HK$380.00');
      const detail = (await started).detail;
      const request = lastRequest('createEventPaymentIntent');
      const returnUrl = new URL(String((request.body as {returnUrl: string}).returnUrl));
      expect(request.body).to.deep.include({paymentMethodId: 'pm-alipayhk'});
      expect(returnUrl.origin + returnUrl.pathname).to.equal(location.origin + location.pathname);
      expect(returnUrl.searchParams.get('fav_event_registration')).to.equal(String(registration.id));
      expect(request.headers.authorization).to.equal(`Bearer ${registration.guestRegistrationToken}`);
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(detail).to.deep.include({registrationId: String(registration.id), amount: '380.00', currency: 'HKD'});
      expect(detail.url).to.contain('fav_mock_payment=success');
      expect(location.href).to.equal(PAGE_URL); // did not leave

      const checked = oneEvent(document, 'fav-access-checked');
      const back = await returnTo(detail.url!);
      const access = await checked;
      await back.waitForStatus();
      expect(access.detail).to.deep.include({registrationId: String(registration.id), status: 'confirmed'});
      expect(lastRequest('checkEventAccess').headers.authorization).to.equal(`Bearer ${registration.guestRegistrationToken}`);
      expect(back.heading).to.equal('You are registered');
      expect(back.accessCode()).to.equal(String(registration.id));
      await waitUntil(() => back.root.querySelector('[part~="calendar-link"]'), 'add to calendar, once the event is known');
    });

    it('shows a failed payment with a way to register again', async () => {
      const single = JSON.stringify([{id: 'pm-test-decline', name: 'Test card'}]);
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath" payment-methods=${single}></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.fill();
      await page.submit();
      await page.waitFor('payment');
      expect(page.root.querySelector('input[name="paymentMethod"]')).to.equal(null); // one method: no choice
      const started = stayOnPage(page.element);
      await page.click(/^Pay /);
      const {url} = (await started).detail;
      expect(lastRequest('createEventPaymentIntent').body).to.deep.include({paymentMethodId: 'pm-test-decline'});
      const checked = oneEvent(document, 'fav-access-checked');
      const back = await returnTo(url!);
      expect((await checked).detail.status).to.equal('failed');
      await back.waitForStatus();
      expect(back.heading).to.equal('Payment failed');
      await waitUntil(() => back.buttons().some((b) => text(b) === 'Register again'), 'register again');
    });

    it('says what went wrong when the payment intent fails, and retries with the same key', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.fill();
      await page.submit();
      await page.waitFor('payment');
      mockControl.fail('createEventPaymentIntent', {status: 503, times: 3});
      await page.click(/^Pay /);
      await page.settled();
      expect(page.banner()).to.contain('The service is having trouble right now.');
      expect(page.step).to.equal('payment');
      const key = lastRequest('createEventPaymentIntent').headers['idempotency-key'];
      const started = stayOnPage(page.element);
      await page.click('Try again');
      await started;
      const keys = requestsFor('createEventPaymentIntent').map((r) => r.headers['idempotency-key']);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys)).to.deep.equal(new Set([key]));
      expect(lastRequest('createEventPaymentIntent').body).to.not.have.property('paymentMethodId');
    });

    it('says so when the seats sold out meanwhile (409), keeping the details', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.fill({quantity: 2});
      const other = await mockPost('/event-registrations', {eventId: MOCK_EVENTS_IDS.events.nearlySoldOut, name: 'Someone', email: 'someone@example.com', quantity: 1});
      expect(other.status).to.equal(201);
      await page.submit();
      await page.settled();
      await waitUntil(() => page.quantityOptions().length === 1, 'the fresh seats');
      expect(page.step).to.equal('register');
      expect(page.banner()).to.contain('not enough seats left');
      expect(page.input('name').value).to.equal('Amy Lau');
      expect(page.input('email').value).to.equal('amy@example.com');
      await page.submit();
      await page.waitFor('payment');
      expect(lastRequest('registerForEvent').body).to.deep.include({quantity: 1});
    });

    it('offers at most the order limit, and shows a refused quantity beside the field', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="lantau-weekend-yoga-retreat"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      expect(page.quantityOptions()).to.deep.equal(['1', '2']);
      await page.fill({quantity: 2});
      mockControl.fail('registerForEvent', {
        status: 422,
        body: {success: false, error: {code: 'QUANTITY_LIMIT_EXCEEDED', message: 'At most 1 per person', details: {field: 'quantity', maxTicketsPerMember: 1}}},
      });
      await page.submit();
      await page.settled();
      expect(page.errorOf('quantity')).to.contain('at most 1');
      expect(page.input('name').value).to.equal('Amy Lau');
    });

    it('registers once on a double click', async () => {
      mockControl.setLatency({registerForEvent: 300});
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`, 'detail');
      await page.toRegister();
      await page.fill();
      const button = page.button('Register and pay');
      button.click();
      await page.element.updateComplete;
      button.click();
      page.button('Register and pay').click();
      await page.waitFor('payment');
      expect(requestsFor('registerForEvent')).to.have.length(1);
    });
  });

  describe('as a member', () => {
    it('shows the member price, prefills the member and sends their token', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events event="desk-posture-clinic"></fav-events></fav-provider>`);
      await signInMember(provider, 'mem-demo-lee');
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await page.waitFor('detail');
      await waitUntil(() => page.text.includes('HK$120.00'), 'the member price');
      expect(text(page.root.querySelector('[part~="price-regular"]')!)).to.contain('HK$150.00');
      await page.toRegister();
      expect(page.input('name').value).to.equal('Lee Ka Yan');
      expect(page.input('email').value).to.equal('kayan@example.com');
      expect(page.text).to.contain('Registering as Lee Ka Yan, signed in.');
      await page.submit();
      await page.waitFor('payment');
      const token = provider.environment.session!.getAccessToken();
      expect(lastRequest('registerForEvent').headers.authorization).to.equal(`Bearer ${token}`);
      expect(lastRequest('registerForEvent').body).to.deep.include({name: 'Lee Ka Yan', email: 'kayan@example.com', phone: '+85298765432', quantity: 1});
      expect(page.summary().Total).to.equal('HK$120.00');
      const started = stayOnPage(page.element);
      await page.click(/^Pay /);
      await started;
      expect(lastRequest('createEventPaymentIntent').headers.authorization).to.equal(`Bearer ${token}`);
    });

    it('says when the member is already registered', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events event="desk-posture-clinic"></fav-events></fav-provider>`);
      await signInMember(provider);
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await page.waitFor('detail');
      await waitUntil(() => page.banner().includes('You are registered for this event.'), 'the registered note');
      await page.toRegister();
      await page.submit();
      await page.settled();
      expect(page.banner()).to.contain('already registered');
    });

    it('keeps the form when the session expires mid-flow, and goes on as a guest', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events event="breathwork-for-busy-minds"></fav-events></fav-provider>`);
      await signInMember(provider, 'mem-demo-lee');
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await page.waitFor('detail');
      await page.toRegister();
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401, code: 'UNAUTHORIZED'});
      await page.submit();
      await page.settled();
      await waitUntil(() => page.banner().includes('Your session has expired.'), 'the expired-session message');
      expect(page.input('name').value).to.equal('Lee Ka Yan');
      expect(page.input('email').value).to.equal('kayan@example.com');
      await page.submit();
      await page.waitForStatus();
      expect(lastRequest('registerForEvent').headers).to.not.have.property('authorization');
      expect(page.heading).to.equal('You are registered');
    });
  });

  describe('prefill (docs/guides/prefill.md)', () => {
    it('fills from a renamed URL parameter and the property, keeps what the visitor typed when the member signs in, and registers with it', async () => {
      history.replaceState(null, '', `${location.pathname}?e=url%40example.com&email=not-this%40example.com&name=Not+Listed`);
      const provider = await fixture<FavProvider>(
        html`<fav-provider mock company-id="demo"
          ><fav-events event="breathwork-for-busy-minds" prefill-params="email:e" .prefill=${{phone: '6333 3333'}}></fav-events
        ></fav-provider>`,
      );
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await page.waitFor('detail');
      await page.toRegister();
      expect(page.input('email').value).to.equal('url@example.com');
      expect(page.input('name').value).to.equal('');
      expect(page.input('phone').value).to.equal('6333 3333');
      await page.type('name', 'Typed Name');
      await signInMember(provider, 'mem-demo-lee');
      await waitUntil(() => page.text.includes('Registering as Lee Ka Yan, signed in.'), 'the member');
      expect(page.input('name').value, 'typed').to.equal('Typed Name');
      expect(page.input('email').value, 'the URL over the member').to.equal('url@example.com');
      expect(page.input('phone').value, 'the property over the member').to.equal('6333 3333');
      await page.submit();
      await page.waitForStatus();
      expect(lastRequest('registerForEvent').body).to.deep.include({name: 'Typed Name', email: 'url@example.com', phone: '+85263333333'});
    });

    it('fills the member’s details into the empty fields of the open form when they sign in', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events event="breathwork-for-busy-minds"></fav-events></fav-provider>`);
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await page.waitFor('detail');
      await page.toRegister();
      await page.type('email', 'typed@example.com');
      await signInMember(provider, 'mem-demo-lee');
      await waitUntil(() => page.input('name').value === 'Lee Ka Yan', 'the member’s name');
      expect(page.input('email').value).to.equal('typed@example.com');
      // Shown without the tenant's +852 once the dialling prefix has arrived (it loads with the form).
      await waitUntil(() => page.input('phone').value === '98765432', 'the member’s number, without the prefix');
    });
  });

  describe('back from the payment page', () => {
    it('shows nothing for an unknown registration, or a guest registration this browser did not make', async () => {
      const unknown = await returnTo(`${location.pathname}?fav_event_registration=evr_9999_zzzzzz&fav_mock_payment=success`);
      await unknown.waitForStatus();
      expect(unknown.heading).to.equal('Registration not found');
      const other = await returnTo(`${location.pathname}?fav_event_registration=${MOCK_EVENTS_IDS.registrations.guest}`);
      await other.waitForStatus();
      expect(other.heading).to.equal('Registration not found');
      expect(other.text).to.not.contain('Breathwork');
      expect(requestsFor('checkEventAccess')).to.have.length(0);
    });

    it("shows nothing of another member's registration", async () => {
      history.replaceState(null, '', `${location.pathname}?fav_event_registration=${MOCK_EVENTS_IDS.registrations.otherMember}`);
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events></fav-events></fav-provider>`);
      await signInMember(provider, 'mem-demo-chan');
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await waitUntil(() => requestsFor('checkEventAccess').length === 1, 'the access check as the member');
      await page.waitForStatus();
      expect(page.heading).to.equal('Registration not found');
      expect(page.text).to.not.contain('Sound Bath');
    });

    it("shows a member's pending payment with 'Check again'", async () => {
      history.replaceState(null, '', `${location.pathname}?fav_event_registration=${MOCK_EVENTS_IDS.registrations.pendingPayment}`);
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-events></fav-events></fav-provider>`);
      await signInMember(provider, 'mem-demo-chan');
      const page = new EventsPage(provider.querySelector('fav-events')!);
      await waitUntil(() => requestsFor('checkEventAccess').length >= 1, 'the access check');
      // No payment was started for it, so it stays pending: stop polling early by checking the state after the first answer.
      await waitUntil(() => page.checkout?.outcome === 'pending', 'pending');
      await page.element.updateComplete;
      expect(page.heading).to.equal('Payment pending');
      expect(page.text).to.contain('Check again');
    });
  });

  describe('for everyone', () => {
    it('can be finished with the keyboard alone', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events></fav-events></fav-provider>`);
      const isButton = (label: string) => (element: Element) => element.localName === 'button' && text(element) === label;
      await tabTo(isButton('Breathwork for Busy Minds'), 'the event');
      await sendKeys({press: 'Enter'});
      await page.waitFor('detail');
      await tabTo(isButton('Register'), 'Register');
      await sendKeys({press: 'Enter'});
      await page.waitFor('register');
      await tabTo((element) => element.getAttribute('name') === 'name', 'the name field');
      await sendKeys({type: 'Amy Lau'});
      await sendKeys({press: 'Tab'});
      await sendKeys({type: 'amy@example.com'});
      await sendKeys({press: 'Enter'});
      await page.waitForStatus();
      expect(page.heading).to.equal('You are registered');
      expect(lastRequest('registerForEvent').body).to.deep.include({name: 'Amy Lau', email: 'amy@example.com', quantity: 1});
    });

    it('passes axe in every step', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events payment-methods=${METHODS}></fav-events></fav-provider>`);
      await expect(page.element).to.be.accessible();
      await page.openEvent('Full Moon Sound Bath');
      await expect(page.element).to.be.accessible();
      await page.toRegister();
      await expect(page.element).to.be.accessible();
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.fill();
      await page.submit();
      await page.waitFor('payment');
      await expect(page.element).to.be.accessible();
      const started = stayOnPage(page.element);
      await page.click(/^Pay /);
      const {url} = (await started).detail;
      const back = await returnTo(url!);
      await back.waitForStatus();
      await expect(back.element).to.be.accessible();
    });

    it('shows in-person times in the venue time zone and online ones in the visitor’s', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`, 'detail');
      // 19:30 at the venue, whatever the visitor's zone; the zone is named when the visitor's clock
      // reads otherwise at that moment (not in Taipei, say, which is also UTC+8).
      expect(text(page.root.querySelector('[part~="session"]')!)).to.match(/7:30\s?PM–9:00\s?PM/);
      const visitorOffset = -new Date(page.flow.event!.dates[0]!.startTime!).getTimezoneOffset();
      if (visitorOffset !== 8 * 60) expect(page.text).to.match(/Times are shown in .*(Hong Kong|GMT\+0?8)/);
      else expect(page.text).to.not.contain('Times are shown in');
      const online = await EventsPage.mount(html`<fav-provider mock company-id="demo"><fav-events event="gut-health-nutrition-talk"></fav-events></fav-provider>`, 'detail');
      expect(online.text).to.contain('Times are shown in your time zone.');
      const session = online.root.querySelector('[part~="session"]')!;
      const start = online.flow.event!.dates[0]!.startTime!;
      const expected = new Intl.DateTimeFormat('en', {hour: 'numeric', minute: '2-digit'}).format(new Date(start));
      expect(text(session)).to.contain(expected);
    });

    it('names the venue’s zone from the provider’s time-zone, and from the event’s own timezone first', async () => {
      const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      // With company-id alone the API names no zone: time-zone does, so the label is a name, not an offset.
      const named = await EventsPage.mount(
        html`<fav-provider mock company-id="demo" time-zone="Asia/Hong_Kong"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`,
        'detail',
      );
      expect(text(named.root.querySelector('[part~="session"]')!)).to.match(/7:30\s?PM–9:00\s?PM/);
      if (visitorZone !== 'Asia/Hong_Kong') expect(named.text).to.match(/Times are shown in Hong Kong [^.]*Time\./);
      expect(named.text).to.not.contain('GMT');

      // An event that names its own zone is shown in it, whatever the provider says.
      const raw = await mockGet('/events/full-moon-sound-bath');
      mockControl.fail('getEvent', {status: 200, body: {success: true, data: {...raw.data, timezone: 'Asia/Tokyo'}}, times: Infinity});
      const tokyo = await EventsPage.mount(
        html`<fav-provider mock company-id="demo" time-zone="Asia/Hong_Kong"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`,
        'detail',
      );
      expect(text(tokyo.root.querySelector('[part~="session"]')!)).to.match(/8:30\s?PM–10:00\s?PM/);
      expect(tokyo.text).to.match(/Times are shown in Japan [^.]*Time\./);
      tokyo.element.closest('fav-provider')!.setAttribute('locale', 'zh-Hant');
      await waitUntil(() => tokyo.text.includes('時間以日本'), 'the zone is named in Chinese');
    });

    it('reports a time-zone it does not know, and keeps the offset the API wrote', async () => {
      const errors = recordConsoleErrors();
      const messages = () => errors.logged.map((args) => String(args[0]));
      const page = await EventsPage.mount(
        html`<fav-provider mock company-id="demo" time-zone="Hong Kong"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`,
        'detail',
      );
      expect(text(page.root.querySelector('[part~="session"]')!)).to.match(/7:30\s?PM–9:00\s?PM/);
      await waitUntil(() => messages().some((message) => message.includes('time-zone="Hong Kong"')), 'the console names the attribute');
      errors.stop();
      expect(messages().find((message) => message.includes('time-zone'))).to.contain('Asia/Hong_Kong');
      const visitorOffset = -new Date(page.flow.event!.dates[0]!.startTime!).getTimezoneOffset();
      if (visitorOffset !== 8 * 60) expect(page.text).to.match(/Times are shown in GMT\+0?8/);
    });

    it('speaks Traditional Chinese with Chinese dates and money', async () => {
      const page = await EventsPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-events></fav-events></fav-provider>`);
      expect(page.eventNames()).to.include('滿月頌缽音療');
      const card = page.card('滿月頌缽音療');
      expect(card).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(card).to.contain('HK$380.00');
      await page.openEvent('滿月頌缽音療');
      expect(page.heading).to.equal('滿月頌缽音療');
      expect(text(page.root.querySelector('[part~="session"]')!)).to.match(/\d{1,2}月/);
    });

    it('fits a 360 px screen without scrolling sideways', async () => {
      await setViewport({width: 360, height: 740});
      const page = await EventsPage.mount();
      const noOverflow = () => expect(page.element.scrollWidth, 'widget width').to.be.at.most(page.element.clientWidth + 1);
      noOverflow();
      await page.openEvent('Breathwork for Busy Minds');
      noOverflow();
      await page.toRegister();
      noOverflow();
      await page.fill();
      await page.submit();
      await page.waitForStatus();
      noOverflow();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });
  });
});
