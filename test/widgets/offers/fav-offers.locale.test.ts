/**
 * A new `locale` (docs/guides/languages.md): the rewards stay where the member is (a confirmation with
 * the quantity typed, a page of the offers) in the new language; the offers come again in it.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/offers.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {MOCK_LOYALTY_IDS} from '../../../src/mock/index.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {OffersPage} from './offers-page.js';

const {offers: OFFERS} = MOCK_LOYALTY_IDS;

describe('<fav-offers> in a new locale', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });
  afterEach(() => applyLocale('en'));

  it('keeps the confirmation and the quantity when the provider switches to zh-Hant, and redeems once', async () => {
    const page = await OffersPage.signedIn();
    await page.open(OFFERS.percentage);
    await page.toConfirm('2');

    page.provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '確認兌換', 'the confirmation in Chinese', {timeout: 8000});
    await waitUntil(() => page.text.includes('網店九折'), 'the offer in Chinese', {timeout: 8000});
    expect(lastRequest('getGiftOffer').headers['accept-language']).to.equal('zh-Hant');
    expect(page.step).to.equal('confirm');
    expect(page.flow.quantity).to.equal('2');
    expect(page.text).to.contain('400');

    mockControl.setLatency({redeemGiftOffer: 400});
    await page.click('確認兌換');
    await waitUntil(() => requestsFor('redeemGiftOffer').length === 1, 'the redeem sent');
    page.provider.locale = 'en';
    await page.waitFor('result');
    await waitUntil(() => page.heading === 'Redeemed', 'the result in English', {timeout: 8000});
    expect(requestsFor('redeemGiftOffer')).to.have.length(1);
    expect(lastRequest('redeemGiftOffer').body).to.deep.equal({quantity: 2});
  });

  it('keeps the page of offers and the quantity typed on an offer, on its own locale attribute', async () => {
    const page = await OffersPage.signedIn(html`<fav-offers mock company-id="demo" locale="en" page-size="3"></fav-offers>`);
    await page.click('Next');
    await page.settled();
    const second = page.offerIds();
    await page.open(OFFERS.goldOnly);
    page.input('quantity').value = '3';

    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.text.includes('金卡會員：免費30分鐘按摩'), 'the offer in Chinese', {timeout: 8000});
    expect(page.step).to.equal('detail');
    expect(page.input('quantity').value).to.equal('3');
    await page.click('返回禮品優惠');
    await page.settled();
    expect(page.offerIds()).to.deep.equal(second);
    expect(page.flow.offers.page).to.equal(2);
    expect(lastRequest('listGiftOffers').headers['accept-language']).to.equal('zh-Hant');
  });
});
