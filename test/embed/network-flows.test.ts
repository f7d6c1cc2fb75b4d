// Every widget driven through its main flow from the built dist/fav-widgets.js, loaded by a script
// tag on a plain page with a strict Content-Security-Policy, against the contract server on another
// origin: what the visitor sees at the end, the event the page received, what the server received
// (CORS, X-Company-Id, bearer tokens, Idempotency-Key, bodies), and not one CSP violation.
import {expect, waitUntil} from '@open-wc/testing';
import type {FavProvider} from '../../src/context/fav-provider.js';
import type {FavLogin} from '../../src/widgets/login/fav-login.js';
import type {FavBooking} from '../../src/widgets/booking/fav-booking.js';
import type {FavMyBookings} from '../../src/widgets/my-bookings/fav-my-bookings.js';
import type {FavEvents} from '../../src/widgets/events/fav-events.js';
import type {FavShopCheckout} from '../../src/widgets/shop-checkout/fav-shop-checkout.js';
import type {FavSurvey} from '../../src/widgets/survey/fav-survey.js';
import type {FavContact} from '../../src/widgets/contact/fav-contact.js';
import type {FavOffers} from '../../src/widgets/offers/fav-offers.js';
import type {FavMenu} from '../../src/widgets/cms/fav-menu.js';
import type {FavPage} from '../../src/widgets/cms/fav-page.js';
import type {FavPost} from '../../src/widgets/cms/fav-post.js';
import type {FavPosts} from '../../src/widgets/cms/fav-posts.js';
import {MOCK_EVENTS_IDS, MOCK_LOYALTY_IDS, MOCK_SHOP_IDS} from '../../src/mock/index.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {MyBookingsPage} from '../widgets/my-bookings/my-bookings-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {SurveyPage} from '../widgets/survey/survey-page.js';
import {ContactPage} from '../widgets/contact/contact-page.js';
import {OffersPage} from '../widgets/offers/offers-page.js';
import {CmsPage} from '../widgets/cms/cms-page.js';
import {squash} from '../support/widget-page.js';
import {API, networkPages, onlyRequest, serverRequests, SLOW} from './network-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in member's access token, as the widgets send it. */
const tokenOf = (element: HTMLElement) => (element.closest('fav-provider') as FavProvider).environment!.session!.getAccessToken()!;

describe('every widget over the network under a strict Content-Security-Policy', function () {
  this.timeout(60000);
  // The CSP of each page is checked at the end of its test, after the whole flow ran.
  const pages = networkPages();

  it('fav-login: signs in by OTP', async () => {
    const page = await pages.open('/test/pages/csp-login.html', ['fav-signed-in']);
    expect(new URL(API).origin).to.not.equal(location.origin);
    const login = new LoginPage(await page.element<FavLogin>('fav-login'));
    await login.waitFor('identify', SLOW);
    await login.signInAsMember();

    expect(login.text).to.contain('Chan Tai Man');
    const signedIn = await page.event('fav-signed-in');
    expect(signedIn.detail).to.deep.include({method: 'otp'});
    expect(signedIn.detail.member).to.include({uuid: 'mem-demo-chan'});
    const otp = await onlyRequest('requestOtp');
    expect(otp.headers['x-company-id']).to.equal('demo');
    const verify = await onlyRequest('verifyOtp');
    expect(verify.headers['x-company-id']).to.equal('demo');
    expect(verify.body).to.include({phone: '+85291234567', code: '123456'});
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-booking: a guest books the free consultation from the service list to the confirmation', async () => {
    const page = await pages.open('/test/pages/csp-booking.html', ['fav-booking-created']);
    const booking = new BookingPage(await page.element<FavBooking>('fav-booking'));
    await booking.waitFor('services', SLOW);
    await booking.openService('Free Wellness Consultation');
    await booking.toTime();
    const slot = booking.flow.availability.bookable(booking.flow.date!)[0]!;
    await booking.pickSlot(0);
    await booking.toDetails();
    await booking.fillGuest();
    await booking.toReview();
    await booking.click('Confirm booking');
    await booking.waitFor('done', SLOW);

    expect(booking.heading).to.equal('Booking confirmed');
    const created = await page.event('fav-booking-created');
    expect(created.detail.service).to.deep.equal({id: 'svc_consult', name: 'Free Wellness Consultation'});
    expect(created.detail.customer).to.deep.equal({kind: 'guest', name: 'Amy Lau', phone: '+85261234567'});
    expect(booking.summary().Reference).to.equal(created.detail.booking.id);
    const request = await onlyRequest('createGuestBooking');
    expect(request.body).to.deep.include({
      serviceId: 'svc_consult',
      occurrenceStart: slot.occurrence.occurrenceStart,
      customerName: 'Amy Lau',
      customerPhone: '+85261234567',
    });
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).to.not.have.property('authorization');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-my-bookings: a member signs in in place, sees their bookings and cancels one', async () => {
    const page = await pages.open('/test/pages/csp-my-bookings.html', ['fav-booking-cancelled']);
    const bookings = new MyBookingsPage(await page.element<FavMyBookings>('fav-my-bookings'));
    await waitUntil(() => bookings.root.querySelector('[part~="heading"]'), 'the widget rendered', {timeout: SLOW});
    expect(bookings.text).to.contain('Sign in to see and manage your bookings.');
    await bookings.click('Sign in');
    await (await LoginPage.inside(bookings.root, SLOW)).signInAsMember();
    await bookings.listLoaded(SLOW);
    expect(bookings.ids()).to.include('bk_1001');
    const token = tokenOf(bookings.element);
    const list = (await serverRequests('listBookings')).at(-1)!;
    expect(list.headers.authorization).to.equal(`Bearer ${token}`);
    expect(list.headers['x-company-id']).to.equal('demo');

    await bookings.open('bk_1001');
    await bookings.toCancel();
    await bookings.type('reason', 'Feeling unwell');
    await bookings.click('Yes, cancel booking');
    await bookings.settled();

    const cancelled = await page.event('fav-booking-cancelled');
    expect(cancelled.detail.booking).to.include({id: 'bk_1001', status: 'cancelled'});
    expect(bookings.banner()).to.contain('Your booking has been cancelled.');
    expect(bookings.summary().Status).to.equal('Cancelled');
    const request = await onlyRequest('cancelBooking');
    expect(request.path).to.equal('/v6/customer-portal/bookings/bk_1001/cancel');
    expect(request.body).to.deep.equal({reason: 'Feeling unwell'});
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-events: a guest registers for a free event and gets a ticket', async () => {
    const page = await pages.open('/test/pages/csp-events.html', ['fav-registration-created', 'fav-access-checked']);
    const events = new EventsPage(await page.element<FavEvents>('fav-events'));
    await events.waitFor('list', SLOW);
    await events.openEvent('Breathwork for Busy Minds');
    await events.toRegister();
    events.root.querySelector<HTMLInputElement>(`input[value="${MOCK_EVENTS_IDS.sessions.breathworkSecond}"]`)!.click();
    await events.fill({quantity: 2});
    await events.submit();
    await events.waitForStatus();

    const created = await page.event('fav-registration-created');
    const registration = created.detail.registration;
    expect(registration.status).to.equal('confirmed');
    expect((await page.event('fav-access-checked')).detail).to.deep.include({registrationId: String(registration.id), status: 'confirmed'});
    expect(events.heading).to.equal('You are registered');
    expect(events.accessCode()).to.equal(String(registration.id));
    const request = await onlyRequest('registerForEvent');
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
    expect((await serverRequests('checkEventAccess')).at(-1)!.headers.authorization).to.equal(`Bearer ${registration.guestRegistrationToken}`);
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-events: a guest registers for a paid event up to the hand-off to the payment page', async () => {
    const page = await pages.open('/test/pages/csp-events.html', ['fav-registration-created', 'fav-payment-started']);
    // The test stands in for the hosted payment page: the iframe stays where it is.
    page.doc.addEventListener('fav-payment-started', (event) => event.preventDefault());
    const events = new EventsPage(await page.element<FavEvents>('fav-events'));
    await events.waitFor('list', SLOW);
    await events.openEvent('Full Moon Sound Bath');
    await events.toRegister();
    await events.fill();
    await events.submit();
    await events.waitFor('payment', SLOW);
    const registration = (await page.event('fav-registration-created')).detail.registration;
    expect(registration).to.deep.include({status: 'pending', paymentRequired: true});
    expect(events.summary()).to.deep.include({Reference: String(registration.id), Total: 'HK$380.00'});
    await events.click('Pay HK$380.00');

    const started = await page.event('fav-payment-started');
    expect(started.detail).to.deep.include({registrationId: String(registration.id), amount: '380.00', currency: 'HKD'});
    expect(started.detail.url).to.contain('fav_mock_payment=success');
    const register = await onlyRequest('registerForEvent');
    expect(register.body).to.deep.include({eventId: MOCK_EVENTS_IDS.events.nearlySoldOut, quantity: 1});
    expect(register.headers['idempotency-key']).to.match(UUID);
    const intent = await onlyRequest('createEventPaymentIntent');
    expect(intent.headers.authorization).to.equal(`Bearer ${registration.guestRegistrationToken}`);
    expect(intent.headers['idempotency-key']).to.match(UUID);
    expect(intent.headers['x-company-id']).to.equal('demo');
    const returnUrl = new URL(intent.body.returnUrl);
    expect(returnUrl.pathname).to.equal('/test/pages/csp-events.html');
    expect(returnUrl.searchParams.get('fav_event_registration')).to.equal(String(registration.id));
    expect(page.doc.location.pathname, 'the page did not leave').to.equal('/test/pages/csp-events.html');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-events hide-past: a server listing past events first still fills the page from its next page', async () => {
    const ordered = await fetch(`${API}/__control/event-order`, {method: 'POST', body: JSON.stringify({order: 'chronological'})});
    expect(ordered.ok).to.equal(true);
    const page = await pages.open('/test/pages/csp-events-upcoming.html');
    const events = new EventsPage(await page.element<FavEvents>('fav-events'));
    await events.waitFor('list', SLOW);
    const first = events.eventNames();
    expect(first).to.have.length(4);
    expect(first).to.not.include('Mindful Parenting Circle').and.not.include('Aromatherapy Blending Workshop');
    expect((await serverRequests('listEvents')).map((request) => request.query)).to.deep.equal([
      {page: '1', limit: '4'},
      {page: '2', limit: '4'},
    ]);
    expect(squash(events.root.querySelector('[part~="pager-status"]')?.textContent)).to.equal('Page 1');
    await events.click('Next');
    await waitUntil(() => !events.flow.busy && events.text.includes('Page 2'), 'the second page', {timeout: SLOW});
    const second = events.eventNames();
    expect(second).to.have.length.greaterThan(0);
    expect(second.filter((name) => first.includes(name))).to.deep.equal([]);
    expect(events.text).to.not.contain('Ended');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-shop-checkout: an unsafe return-url is refused in the console; after the order "Continue shopping" goes to the catalogue', async () => {
    const page = await pages.open('/test/pages/csp-shop-checkout-unsafe-return.html');
    const shop = new ShopPage(await page.element<FavShopCheckout>('fav-shop-checkout'));
    await shop.waitFor('catalogue', SLOW);
    await shop.openProduct('Hydrating Face Serum');
    await shop.add(1);
    await shop.openCart();
    await shop.toCheckout();
    const refusals = page.win.__consoleErrors.filter((error) => error.includes('return-url'));
    expect(refusals).to.have.length(1);
    expect(refusals[0]).to.contain('return-url="http://evil.example/thanks"').and.contain('refused');
    await shop.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await shop.choose('payment', 'pm-bank');
    await shop.fillGuest();
    await shop.toReview();
    await shop.click('Place order');
    await shop.waitFor('placed', SLOW);
    const request = await onlyRequest('createOrder');
    const here = page.doc.location.href.split('#')[0]!;
    expect(request.body.successUrl.startsWith(here), request.body.successUrl).to.equal(true);
    expect(JSON.stringify(request.body)).to.not.contain('evil.example');
    await shop.click('Continue shopping');
    await shop.waitFor('catalogue', SLOW);
    expect(shop.heading).to.equal('Shop');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-shop-checkout: a guest adds a product, checks out and the order is created', async () => {
    const page = await pages.open('/test/pages/csp-shop-checkout.html', ['fav-cart-changed', 'fav-order-created']);
    const shop = new ShopPage(await page.element<FavShopCheckout>('fav-shop-checkout'));
    await shop.waitFor('catalogue', SLOW);
    await shop.openProduct('Hydrating Face Serum');
    await shop.add(2);
    expect((await page.event('fav-cart-changed')).detail.count).to.equal(2);
    expect(shop.badge()).to.equal('2');
    await shop.openCart();
    await shop.toCheckout();
    await shop.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await shop.choose('payment', 'pm-bank');
    await shop.fillGuest();
    await shop.toReview();
    await shop.click('Place order');
    await shop.waitFor('placed', SLOW);

    expect(shop.heading).to.equal('Thank you for your order');
    expect(shop.badge()).to.equal('0');
    const order = (await page.event('fav-order-created')).detail;
    expect(order.totals).to.include({total: '640.00'});
    const request = await onlyRequest('createOrder');
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).to.not.have.property('authorization');
    expect(request.body.items).to.deep.equal([{productId: MOCK_SHOP_IDS.products.onSale, quantity: 2}]);
    expect(request.body.customer).to.include({firstName: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567'});
    expect(request.body).to.include({shippingMethodId: MOCK_SHOP_IDS.shipping.pickup, paymentMethodId: 'pm-bank'});
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-survey: answers and submits quick-feedback, and thanks the respondent', async () => {
    const page = await pages.open('/test/pages/csp-survey.html', ['fav-survey-submitted']);
    const survey = new SurveyPage(await page.element<FavSurvey>('fav-survey'));
    await survey.waitFor('questions', SLOW);
    expect(survey.heading).to.equal('Quick Feedback');
    await survey.pick('overall', 5);
    await survey.pick('visit_again', 'definitely');
    await survey.type('comment', 'Softer music, please.');
    await survey.click('Submit');
    await survey.waitFor('done', SLOW);

    expect(survey.text).to.contain('Thank you! Your answers have been sent.');
    const answers = {overall: 5, visit_again: 'definitely', comment: 'Softer music, please.'};
    const submitted = await page.event('fav-survey-submitted');
    expect(submitted.detail).to.deep.include({slug: 'quick-feedback', answers, duplicate: false});
    const request = await onlyRequest('submitSurveyResponse');
    expect(request.path).to.equal('/v6/customer-portal/surveys/srv_hk_quick/responses');
    expect(request.body.answers).to.deep.equal(answers);
    expect(request.body.status).to.equal('completed');
    expect(request.body.metadata).to.deep.include({source: 'fav-widgets', pageUrl: page.doc.location.href});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-contact: announces a missing way to reply on both fields, then sends the form and thanks the visitor', async () => {
    const page = await pages.open('/test/pages/csp-contact.html', ['fav-contact-submitted']);
    const contact = new ContactPage(await page.element<FavContact>('fav-contact'));
    await contact.waitFor('form', SLOW);
    await contact.prefixShown();
    await contact.fill({email: ''});
    await contact.submit();
    await contact.element.updateComplete;
    // No way to reply: one error, announced on both fields; nothing reaches the server.
    for (const name of ['email', 'phone']) {
      expect(contact.input(name).getAttribute('aria-invalid'), name).to.equal('true');
      expect(contact.errorOf(name), name).to.contain('Give an email or a phone number, so we can reply.');
    }
    expect(await serverRequests('submitContact')).to.have.length(0);
    await contact.type('email', 'amy@example.com');
    await contact.send();
    await contact.waitFor('done', SLOW);

    expect(contact.heading).to.equal('Thank you');
    expect(contact.banner()).to.contain('We have your message');
    const submitted = await page.event('fav-contact-submitted');
    expect(submitted.detail).to.deep.include({name: 'Amy Lau', email: 'amy@example.com'});
    const request = await onlyRequest('submitContact');
    expect(request.body).to.deep.equal({name: 'Amy Lau', email: 'amy@example.com', message: 'Do you open on public holidays?'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).to.not.have.property('authorization');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-offers: a member signs in in place and redeems an offer with points', async () => {
    const page = await pages.open('/test/pages/csp-offers.html', ['fav-offer-redeemed']);
    const offers = new OffersPage(await page.element<FavOffers>('fav-offers'));
    await offers.offersLoaded(SLOW);
    await offers.open(MOCK_LOYALTY_IDS.offers.percentage);
    await offers.click('Sign in');
    await (await offers.loginBox()).signInAsMember();
    await waitUntil(() => offers.root.querySelector('[name="quantity"]'), 'the quantity form', {timeout: SLOW});
    await offers.toConfirm('1');
    expect(offers.heading).to.equal('Confirm your redemption');
    await offers.click('Confirm and redeem');
    await offers.waitFor('result', SLOW);

    expect(offers.heading).to.equal('Redeemed');
    expect(offers.redemptions()).to.deep.equal([{id: 'rdm-1101', status: 'Available', code: 'HWS-G1101'}]);
    const redeemed = await page.event('fav-offer-redeemed');
    expect(redeemed.detail.quantity).to.equal(1);
    expect(redeemed.detail.redemptions.map((r: {couponCode: string}) => r.couponCode)).to.deep.equal(['HWS-G1101']);
    const request = await onlyRequest('redeemGiftOffer');
    expect(request.path).to.match(/\/gifts\/offers\/offer-shop-10\/redeem$/);
    expect(request.body).to.deep.equal({quantity: 1});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers.authorization).to.equal(`Bearer ${tokenOf(offers.element)}`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-offers: a visitor claims the gift of a claim link after signing in in place; the claim parameter leaves the URL', async () => {
    const token = MOCK_LOYALTY_IDS.claimTokens.valid;
    const page = await pages.open(`/test/pages/csp-offers.html?utm_source=mail&claim=${token}#gifts`, ['fav-gift-claimed']);
    const offers = new OffersPage(await page.element<FavOffers>('fav-offers'));
    await offers.waitFor('claim', SLOW);
    await waitUntil(() => offers.buttons().some((b) => squash(b.textContent) === 'Claim gift'), 'the claim button', {timeout: SLOW});
    await offers.click('Claim gift');
    await (await offers.loginBox()).signInAsMember();
    await offers.waitFor('result', SLOW);

    expect(offers.heading).to.equal('Your gift is claimed');
    expect((await page.event('fav-gift-claimed')).detail.claimToken).to.equal(token);
    expect(page.win.location.search).to.equal('?utm_source=mail');
    expect(page.win.location.hash).to.equal('#gifts');
    const claims = await serverRequests('claimGift');
    expect(claims.at(-1)!.body).to.deep.include({claimToken: token});
    expect(claims.at(-1)!.headers.authorization).to.equal(`Bearer ${tokenOf(offers.element)}`);
    expect(await page.violations()).to.equal('[]');
  });

  it('CMS: fav-page and fav-post render sanitized content (links to pages follow page-url), fav-menu its links, fav-posts opens a post', async () => {
    const page = await pages.open('/test/pages/csp-cms.html', ['fav-post-selected', 'fav-post-loaded']);
    const loaded = async <E extends FavMenu | FavPage | FavPost | FavPosts>(tag: string) => {
      const cms = new CmsPage<E>(await page!.element<E>(tag));
      await cms.loaded(SLOW);
      return cms;
    };

    const menu = await loaded<FavMenu>('fav-menu');
    expect(menu.links().map((a) => squash(a.textContent))).to.include.members(['Home', 'Our team', 'Shop']);
    const hostilePage = await loaded<FavPage>('fav-page');
    expect(hostilePage.text).to.contain('Mountain Mist');
    expect(hostilePage.dangerous()).to.deep.equal([]);
    const hostilePost = await loaded<FavPost>('fav-post');
    expect(hostilePost.flow.step).to.equal('ready');
    expect(hostilePost.dangerous()).to.deep.equal([]);
    // Its link to a page follows its page-url; other links stay as written.
    const postLinks = [...hostilePost.content.querySelectorAll('a')].map((a) => [squash(a.textContent), a.getAttribute('href')]);
    expect(postLinks).to.deep.include(['See all partner offers', '/site/partner-offers']);
    expect(postLinks).to.deep.include(['Read more on their site', 'https://www.example.com/summer']);

    const posts = await loaded<FavPosts>('fav-posts');
    const link = posts.root.querySelector<HTMLElement>('[part~="post-link"]')!; // a button: no post-url template, it opens in place
    const slug = link.dataset.slug!;
    link.click();
    await posts.waitFor('post', SLOW);
    const inner = posts.root.querySelector<FavPost>('fav-post')!;
    const opened = new CmsPage<FavPost>(inner);
    await waitUntil(() => opened.flow.step === 'ready', 'the post opened in place', {timeout: SLOW});
    expect((await page.event('fav-post-selected')).detail).to.include({slug});
    await waitUntil(() => page!.events('fav-post-loaded').some((event) => event.detail.slug === slug), 'the opened post loaded', {timeout: SLOW});
    expect(squash(inner.shadowRoot!.querySelector('h2')?.textContent)).to.not.equal('');

    const operations = (await serverRequests()).map((request) => `${request.operation} ${request.headers['x-company-id']}`);
    for (const operation of ['getMenu', 'getPage', 'getPost', 'listPosts']) expect(operations).to.include(`${operation} demo`);
    expect((await serverRequests('getPost')).map((request) => request.path)).to.include(`/v6/customer-portal/cms/posts/${slug}`);
    expect(page.win.__favXss, 'hostile content ran').to.equal(undefined);
    expect(await page.violations()).to.equal('[]');
  });
});
