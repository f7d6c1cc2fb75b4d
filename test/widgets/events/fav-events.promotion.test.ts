/**
 * `<fav-events>`: the promotion code on a paid event's registration form. Applied, it goes with the
 * registration (C9) and the payment step shows its discount and the new total before the visitor
 * pays; refused (422 `INVALID_PROMOTION_CODE`), the message shows beside the field with focus, the
 * form as typed; `promotion-code` and `?promo=` fill it in; removed, none is sent; a free event offers none.
 */
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../support/commands.js';
import '../../../src/entries/events.js';
import type {FavPaymentStartedDetail} from '../../../src/widgets/events/fav-events.js';
import {EventsPage} from './events-page.js';
import {lastRequest, requestsFor, resetPage} from '../../support/mock.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

const startUrl = location.href;

const soundBath = (attributes = '') =>
  attributes
    ? html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath" promotion-code=${attributes}></fav-events></fav-provider>`
    : html`<fav-provider mock company-id="demo"><fav-events event="full-moon-sound-bath"></fav-events></fav-provider>`;

/** The Full Moon Sound Bath (HK$380 a ticket, 2 seats left), its form open. */
async function soundBathForm(attribute = ''): Promise<EventsPage> {
  const page = await EventsPage.mount(soundBath(attribute), 'detail');
  await page.toRegister();
  return page;
}

const sentCode = () => (lastRequest('registerForEvent').body as {promotionCode?: string}).promotionCode;

describe('<fav-events> promotion code', () => {
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    history.replaceState(null, '', startUrl);
    await setViewport({width: 1000, height: 900});
  });

  afterEach(() => history.replaceState(null, '', startUrl));

  it('WELCOME10 goes with the registration; the payment step shows the discount and the new total, and the payment asks for that', async () => {
    const page = await soundBathForm();
    await page.fill({quantity: 2});
    await page.applyPromotion('WELCOME10');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    const before = oneEvent(page.element, 'fav-before-registration');
    await page.submit();
    expect((await before).detail.input.promotionCode).to.equal('WELCOME10');
    await page.waitFor('payment');

    expect(sentCode()).to.equal('WELCOME10');
    expect(page.summary()).to.deep.include({Tickets: '2', 'Promotion code': 'WELCOME10', Discount: '−HK$76.00', Total: 'HK$684.00'});
    page.element.addEventListener('fav-payment-started', (event) => event.preventDefault(), {once: true});
    const started = oneEvent(page.element, 'fav-payment-started') as Promise<CustomEvent<FavPaymentStartedDetail>>;
    await page.click('Pay HK$684.00');
    expect((await started).detail).to.deep.include({amount: '684.00', currency: 'HKD'});
  });

  it('an unknown code: the message beside the field with focus, the form as typed; cancelled, it registers without one', async () => {
    const page = await soundBathForm();
    await page.fill({quantity: 2, name: 'Bo Chan', email: 'bo@example.com'});
    await page.click('Have a promotion code?');
    await page.type('promotionCode', 'NOPE');
    // Enter in the code field applies it; it does not send the form.
    page.input('promotionCode').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true, cancelable: true}));
    await page.element.updateComplete;
    expect(page.appliedPromotion()).to.equal('NOPE');
    expect(requestsFor('registerForEvent')).to.have.length(0);
    await page.submit();
    await page.settled();

    expect(requestsFor('registerForEvent')).to.have.length(1);
    expect(sentCode()).to.equal('NOPE');
    expect(page.step).to.equal('register');
    expect(page.errorOf('promotionCode')).to.contain('This promotion code is not valid or has expired.');
    expect(page.input('promotionCode').value).to.equal('NOPE');
    await waitUntil(() => page.focused() === 'promotionCode', 'focus on the code field');
    expect(page.banner()).to.equal('');
    expect(page.input('name').value).to.equal('Bo Chan');
    expect(page.input('email').value).to.equal('bo@example.com');
    expect(page.input('quantity').value).to.equal('2');
    await expect(page.element).to.be.accessible();

    await page.click('Cancel');
    await page.submit();
    await page.waitFor('payment');
    expect(lastRequest('registerForEvent').body).to.not.have.property('promotionCode');
    expect(page.summary()).to.deep.include({Tickets: '2', Total: 'HK$760.00'});
    expect(page.summary()).to.not.have.property('Discount');
  });

  it('a code the page adds in fav-before-registration is the one shown with its discount', async () => {
    const page = await soundBathForm();
    await page.fill();
    page.element.addEventListener('fav-before-registration', (event) => void (event.detail.input.promotionCode = 'WELCOME10'), {once: true});
    await page.submit();
    await page.waitFor('payment');
    expect(sentCode()).to.equal('WELCOME10');
    expect(page.summary()).to.deep.include({'Promotion code': 'WELCOME10', Discount: '−HK$38.00', Total: 'HK$342.00'});
  });

  it('the promotion-code attribute fills it in; removed, the registration goes without one', async () => {
    const page = await soundBathForm('WELCOME10');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.click('Remove');
    await waitUntil(() => page.focused() === 'Have a promotion code?', 'focus on "Have a promotion code?"');
    await page.fill();
    await page.submit();
    await page.waitFor('payment');
    expect(lastRequest('registerForEvent').body).to.not.have.property('promotionCode');
  });

  it('?promo= fills it in over the attribute and the registration carries it; a free event offers no code and sends none', async () => {
    history.replaceState(null, '', `${location.pathname}?promo=WELCOME10`);
    const page = await soundBathForm('SPRING');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.fill();
    await page.submit();
    await page.waitFor('payment');
    expect(sentCode()).to.equal('WELCOME10');
    expect(page.summary()).to.deep.include({Discount: '−HK$38.00', Total: 'HK$342.00'});

    const free = await EventsPage.mount(
      html`<fav-provider mock company-id="demo"><fav-events event="breathwork-for-busy-minds" promotion-code="WELCOME10"></fav-events></fav-provider>`,
      'detail',
    );
    await free.toRegister();
    expect(free.root.querySelector('[part~="promotion"]'), 'no promotion code for a free event').to.equal(null);
    await free.fill();
    await free.submit();
    await free.waitForStatus();
    expect(lastRequest('registerForEvent').body).to.not.have.property('promotionCode');
  });
});
