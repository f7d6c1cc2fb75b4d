import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/entries/booking.js';
import '../../src/entries/contact.js';
import '../../src/entries/login.js';
import type {FavProvider} from '../../src/context/fav-provider.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {ContactPage} from '../widgets/contact/contact-page.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {resetPage} from '../support/mock.js';

// The bridge is imported only inside tests (never statically here), so the first test can check that
// a page without the attribute never loads it.
type Bridge = typeof import('../../src/context/analytics-bridge.js');
performance.setResourceTimingBufferSize(100_000); // the default 250 entries are full of modules by now
const bridgeLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/context/analytics-bridge.'));
/** The module the provider loaded (the same instance), once it has run. */
const bridgeReady = (): Promise<Bridge> => import('../../src/context/analytics-bridge.js');

const win = window as unknown as {dataLayer?: unknown[]};
interface Push {
  event: string;
  fav: {element: string; companyId?: string; locale: string; detail: Record<string, unknown>};
}
const pushes = (name?: string) => ((win.dataLayer ?? []) as Push[]).filter((push) => !name || push.event === name);

/** Words that must never reach the data layer: the mock member's and the test visitor's details, tokens. */
const PERSONAL = ['Amy', 'Lau', 'amy@example.com', '6123', '+852', 'Chan', 'taiman', '9123', 'Do you open', 'Bearer', 'token'];
function expectNothingPersonal(): void {
  const text = JSON.stringify(win.dataLayer);
  for (const word of PERSONAL) expect(text, `"${word}" in the data layer`).to.not.contain(word);
}

describe('analytics bridge (<fav-provider analytics="datalayer">)', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    win.dataLayer = undefined;
  });

  it('pushes nothing, and never loads the bridge, without the attribute', async () => {
    const page = await ContactPage.mount();
    await page.fill();
    await page.send();
    await page.waitFor('done');
    expect(win.dataLayer).to.equal(undefined);
    expect(bridgeLoaded()).to.equal(false);
  });

  it('pushes a contact message with the documented shape and no personal data', async () => {
    const page = await ContactPage.mount(html`<fav-provider mock company-id="demo" analytics="datalayer"><fav-contact></fav-contact></fav-provider>`);
    await waitUntil(bridgeLoaded, 'the provider loads the bridge');
    await bridgeReady();
    expect(win.dataLayer, 'created when the bridge starts (the first test kept it unloaded)').to.deep.equal([]);
    await page.fill();
    await page.send();
    await page.waitFor('done');
    expect(pushes()).to.deep.equal([
      {event: 'fav-contact-submitted', fav: {element: 'fav-contact', companyId: 'demo', locale: 'en', detail: {conversationId: 'conv-1', messageId: 'msg-1'}}},
    ]);
    expectNothingPersonal();
  });

  it('pushes a sign-in (from the widget that fired it) and a booking, with ids and amounts only', async () => {
    const provider = await fixture<FavProvider>(
      html`<fav-provider mock company-id="demo" analytics="datalayer"><fav-login></fav-login><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`,
    );
    const login = new LoginPage(provider.querySelector('fav-login')!);
    await login.signInAsMember();
    await waitUntil(() => pushes('fav-signed-in').length === 1, 'the sign-in push');
    expect(pushes('fav-signed-in')[0]).to.deep.equal({event: 'fav-signed-in', fav: {element: 'fav-login', companyId: 'demo', locale: 'en', detail: {method: 'otp'}}});

    const page = new BookingPage(provider.querySelector('fav-booking')!);
    await page.waitFor('service');
    await page.toTime();
    await page.pickSlot(0);
    await page.toDetails();
    await page.toReview();
    const created = new Promise<CustomEvent>((resolve) => page.element.addEventListener('fav-booking-created', (event) => resolve(event as CustomEvent), {once: true}));
    await page.click('Confirm booking');
    const booking = (await created).detail;
    const [push] = pushes('fav-booking-created');
    expect(push).to.deep.equal({
      event: 'fav-booking-created',
      fav: {
        element: 'fav-booking',
        companyId: 'demo',
        locale: 'en',
        detail: {
          bookingId: booking.booking.id,
          status: booking.booking.status,
          serviceId: 'svc_consult',
          amount: booking.price.amount,
          currency: booking.price.currency,
          customer: 'member',
        },
      },
    });
    expect(pushes().map((p) => p.event)).to.not.include('fav-before-booking');
    expectNothingPersonal();
  });

  it('stops pushing when the attribute or the provider is removed', async () => {
    const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo" analytics="datalayer"><fav-contact></fav-contact></fav-provider>`);
    await bridgeReady();
    const contact = provider.querySelector('fav-contact')!;
    const outcome = () => contact.dispatchEvent(new CustomEvent('fav-contact-submitted', {bubbles: true, composed: true, detail: {conversationId: 'c', messageId: 'm', name: 'Amy Lau'}}));
    outcome();
    expect(pushes('fav-contact-submitted')).to.have.length(1);
    provider.removeAttribute('analytics');
    outcome();
    expect(pushes('fav-contact-submitted')).to.have.length(1);
    provider.setAttribute('analytics', 'datalayer');
    outcome();
    expect(pushes('fav-contact-submitted')).to.have.length(2);
    provider.remove();
    outcome();
    expect(pushes('fav-contact-submitted')).to.have.length(2);
  });

  it('pushes a cancelable outcome only when no listener cancelled it, and never a fav-before-* event', async () => {
    const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo" analytics="datalayer"><div></div></fav-provider>`);
    await bridgeReady();
    const child = provider.querySelector('div')!;
    const fire = (name: string, detail: unknown, cancel: boolean) => {
      const event = new CustomEvent(name, {bubbles: true, composed: true, cancelable: true, detail});
      if (cancel) document.addEventListener(name, (e) => e.preventDefault(), {once: true});
      child.dispatchEvent(event);
    };
    fire('fav-order-payment-started', {url: 'https://pay.example/?token=secret', orderId: 'o-1', orderNumber: 'HW-1'}, true);
    fire('fav-order-payment-started', {url: 'https://pay.example/?token=secret', orderId: 'o-2', orderNumber: 'HW-2'}, false);
    fire('fav-before-order', {input: {customer: {email: 'amy@example.com'}}}, false);
    await Promise.resolve();
    expect(pushes().map((p) => [p.event, p.fav.detail])).to.deep.equal([['fav-order-payment-started', {orderId: 'o-2', orderNumber: 'HW-2'}]]);
  });

  it('passes only the listed detail fields of every outcome, and docs/guides/analytics.md lists them all', async () => {
    const bridge = await bridgeReady();
    const person = {name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567', memberUuid: 'mem-1', address: '1 Queen’s Road'};
    const details: Record<string, unknown> = {
      'fav-signed-in': {member: {uuid: 'mem-1', ...person}, method: 'otp'},
      'fav-booking-created': {booking: {id: 7, status: 'confirmed', notes: 'private'}, service: {id: 's', name: 'Massage'}, price: {amount: '10.00', currency: 'HKD'}, customer: {kind: 'guest', ...person}},
      'fav-booking-cancelled': {booking: {id: 7, status: 'cancelled', serviceId: 's', cancellationReason: 'sick'}, reason: 'I am sick'},
      'fav-registration-created': {registration: {id: 3, status: 'paid', totalAmount: '20.00', currency: 'HKD', guestRegistrationToken: 'gtok'}, event: {id: 'e', slug: 'yoga', title: 'Yoga'}, quantity: 2},
      'fav-payment-started': {url: 'https://pay/?t=1', registrationId: '3', amount: '20.00', currency: 'HKD', intent: {clientSecret: 'secret'}},
      'fav-cart-changed': {lines: [{name: 'Serum'}], count: 2, subtotal: {amount: '640.00', currency: 'HKD'}},
      'fav-order-created': {order: {orderId: 'o', orderNumber: 'HW-1', status: 'pending', paymentUrl: 'https://pay'}, lines: [], totals: {subtotal: '1', discount: '0', shipping: '0', total: '1', currency: 'HKD'}},
      'fav-gift-claimed': {redemption: {id: 9, status: 'VALID', couponCode: 'SECRET', giftOffer: {id: 4}}, claimToken: 'claim'},
      'fav-survey-submitted': {surveyId: 's', slug: 'q', answers: {q1: 'my answer'}, responseId: 'r', duplicate: false},
      'fav-contact-submitted': {conversationId: 'c', messageId: 'm', ...person, subject: 'private'},
      'fav-error': {source: 'fav-login', operation: 'requestOtp', status: 429, code: 'RATE_LIMITED', kind: 'http', message: 'for +85261234567', requestId: 'req'},
    };
    for (const [name, detail] of Object.entries(details)) {
      const safe = bridge.safeDetail(name, detail);
      expect(Object.keys(safe).every((key) => key in bridge.ANALYTICS_FIELDS[name]!), name).to.equal(true);
      const text = JSON.stringify(safe);
      for (const secret of ['Amy', 'amy@', '+852', 'mem-1', 'Queen', 'private', 'sick', 'gtok', 'secret', 'SECRET', 'claim', 'my answer', 'https', 'Massage', 'Serum']) {
        expect(text, `${name} passes ${secret}`).to.not.contain(secret);
      }
    }
    expect(bridge.safeDetail('fav-booking-created', details['fav-booking-created'])).to.deep.equal({bookingId: 7, status: 'confirmed', serviceId: 's', amount: '10.00', currency: 'HKD', customer: 'guest'});
    expect(bridge.safeDetail('fav-gift-claimed', details['fav-gift-claimed'])).to.deep.equal({redemptionId: 9, status: 'VALID', offerId: 4});
    expect(bridge.safeDetail('fav-error', details['fav-error'])).to.deep.equal({source: 'fav-login', operation: 'requestOtp', status: 429, code: 'RATE_LIMITED', kind: 'http', requestId: 'req'});

    const guide = await (await fetch('/docs/guides/analytics.md')).text();
    const documented = Object.fromEntries(
      [...guide.matchAll(/^\| `(fav-[a-z-]+)` \| (.*) \|$/gm)].map(([, name, fields]) => [name, [...fields!.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]).filter((f) => !['guest', 'member'].includes(f!))]),
    );
    expect(documented).to.deep.equal(Object.fromEntries(Object.entries(bridge.ANALYTICS_FIELDS).map(([name, fields]) => [name, Object.keys(fields)])));
  });
});
