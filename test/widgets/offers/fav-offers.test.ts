import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/offers.js';
import type {CSSResult} from 'lit';
import {MOCK_LOYALTY_IDS} from '../../../src/mock/index.js';
import {tokens} from '../../../src/ui/tokens.js';
import {offersStyles} from '../../../src/widgets/offers/fav-offers.styles.js';
import {stepStyles} from '../../../src/widgets/offers/offers-steps.styles.js';
import type {FavBeforeRedeemDetail, FavGiftClaimedDetail, FavOfferRedeemedDetail} from '../../../src/widgets/offers/fav-offers.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {laterStepsOf} from '../../support/widget-page.js';
import {OffersPage} from './offers-page.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

const {offers: OFFERS, claimTokens: TOKENS, redemptions: SEEDS} = MOCK_LOYALTY_IDS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function tokenOf(page: OffersPage): string {
  return page.provider.environment!.session!.getAccessToken()!;
}

describe('<fav-offers>', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  describe('browsing', () => {
    it('lists the gift offers with cost, value and validity for a visitor, without a token', async () => {
      const page = await OffersPage.mount();
      await page.offersLoaded();
      expect(page.heading).to.equal('Rewards');
      expect(page.tab('Gift offers').getAttribute('aria-selected')).to.equal('true');
      expect(page.offerIds()).to.include.members([OFFERS.cheap, OFFERS.percentage, OFFERS.soldOut, OFFERS.welcome, OFFERS.expired]);
      expect(page.offerCard(OFFERS.perMemberQuota)).to.contain('300 points').and.to.contain('Worth HK$50.00').and.to.match(/Until \w+ \d+, \d{4}/);
      expect(page.offerCard(OFFERS.percentage)).to.contain('200 points').and.to.contain('10% off');
      expect(page.offerCard(OFFERS.stamps)).to.contain('10 stamps');
      expect(page.offerCard(OFFERS.welcome)).to.contain('Free');
      expect(page.offerCard(OFFERS.expired)).to.contain('This offer has ended.');
      expect(page.offerCard(OFFERS.soldOut)).to.contain('Limited to 20').and.to.contain('Sold out.');
      expect(page.offerCard(OFFERS.perMemberQuota)).to.contain('Up to 2 per member');
      // Nothing about tiers or points before the visitor is known.
      expect(page.offerCard(OFFERS.goldOnly)).not.to.contain('membership tier');
      const image = page.root.querySelector<HTMLImageElement>('[part~="offer-image"]')!;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.alt).to.equal('');
      const request = lastRequest('listGiftOffers');
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers.authorization).to.equal(undefined);
      expect(request.query).to.include({limit: '12', offset: '0', page: '1'});
    });

    it('works without a provider, with its own configuration, and opens the offer of offer-id', async () => {
      const page = await OffersPage.mount(html`<fav-offers mock company-id="demo" offer-id=${OFFERS.stamps}></fav-offers>`);
      await page.waitFor('detail');
      await waitUntil(() => laterStepsOf(page.element), 'the detail step');
      expect(page.heading).to.equal('Free group class');
      expect(page.text).to.contain('10 stamps');
      expect(lastRequest('getGiftOffer').path).to.match(/offer-class-stamps$/);
      await page.click('Back to offers');
      await page.offersLoaded();
      expect(page.offerIds()).to.include(OFFERS.stamps);
    });

    it('pages through the offers', async () => {
      const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers page-size="3"></fav-offers></fav-provider>`);
      await page.offersLoaded();
      expect(page.offerIds()).to.deep.equal([OFFERS.cheap, OFFERS.perMemberQuota, OFFERS.percentage]);
      await page.click('Next');
      await page.settled();
      expect(page.offerIds()).to.deep.equal([OFFERS.goldOnly, OFFERS.soldOut, OFFERS.stamps]);
      expect(lastRequest('listGiftOffers').query).to.include({limit: '3', offset: '3', page: '2'});
    });

    it('shows the membership tiers with price, period and benefits; no tier is marked for a visitor', async () => {
      const page = await OffersPage.mount();
      await page.offersLoaded();
      await page.showTab('Membership tiers');
      expect(page.tiers()).to.deep.equal(['Basic', 'Silver', 'Gold']);
      const silver = page.root.querySelectorAll('[part~="tier"]')[1]!.textContent!;
      expect(silver).to.contain('HK$388.00').and.to.contain('Valid for 1 year').and.to.contain('Priority booking').and.to.contain('Popular');
      expect(page.root.querySelectorAll('[part~="tier"]')[0]!.textContent).to.contain('Free');
      expect(requestsFor('listMembershipTiers')).to.have.length(1);
    });

    it('highlights the member’s own tier when the offers prove it, and none when they cannot', async () => {
      const gold = await OffersPage.signedIn();
      await gold.showTab('Membership tiers');
      expect(gold.tiers()).to.deep.equal(['Basic', 'Silver', 'Gold*']);
      expect(gold.root.querySelector('[part~="tier-current"]')!.textContent).to.contain('Your tier');
      expect(gold.root.querySelector('[part~="tier-current"]')!.getAttribute('aria-current')).to.equal('true');
      gold.element.closest('fav-provider')!.remove();

      resetPage();
      pinClock(A_MONDAY_MORNING);
      const basic = await OffersPage.signedIn(undefined, 'mem-demo-lee');
      await basic.showTab('Membership tiers');
      // Lee is refused the gold-only offer for the tier, which says nothing of which tier he is in.
      expect(basic.tiers()).to.deep.equal(['Basic', 'Silver', 'Gold']);
    });

    it('tells a member why an offer cannot be redeemed', async () => {
      const page = await OffersPage.signedIn(undefined, 'mem-demo-lee');
      expect(page.offerCard(OFFERS.goldOnly)).to.contain('This offer is for another membership tier.');
      expect(page.offerCard(OFFERS.soldOut)).to.contain('Sold out');
      expect(page.offerCard(OFFERS.perMemberQuota)).to.contain('You do not have enough points');
      expect(lastRequest('listGiftOffers').headers.authorization).to.equal(`Bearer ${tokenOf(page)}`);
      await page.open(OFFERS.soldOut);
      expect(page.banner()).to.contain('Sold out');
      expect(page.root.querySelector('[name="quantity"]')).to.equal(null);
    });

    it('shows an offer’s detail with its terms and stock', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.perMemberQuota);
      expect(page.heading).to.equal('HK$50 off any treatment');
      expect(page.text).to.contain('One coupon per booking.').and.to.contain('Up to 2 per member').and.to.contain('300 points');
      expect(lastRequest('getGiftOffer').path).to.match(/\/gifts\/offers\/offer-treatment-50$/);
      await page.click('Back to offers');
      await page.waitFor('offers');
      expect(page.offerIds()).to.include(OFFERS.perMemberQuota);
    });
  });

  describe('redeem', () => {
    it('redeems a quantity after a confirmation, shows the codes and what to do next, and tells the page', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.percentage);
      await page.toConfirm('2');
      expect(page.heading).to.equal('Confirm your redemption');
      expect(page.text).to.contain('400 points');
      const before = oneEvent(page.element, 'fav-before-redeem');
      const redeemed = oneEvent(page.element, 'fav-offer-redeemed');
      await page.click('Confirm and redeem');
      const beforeDetail = (await before).detail as FavBeforeRedeemDetail;
      expect(beforeDetail.quantity).to.equal(2);
      expect(beforeDetail.offer.id).to.equal(OFFERS.percentage);
      const detail = (await redeemed).detail as FavOfferRedeemedDetail;
      await page.waitFor('result');
      expect(detail.quantity).to.equal(2);
      expect(detail.redemptions.map((r) => r.couponCode)).to.deep.equal(['HWS-G1101', 'HWS-G1102']);
      expect(page.heading).to.equal('Redeemed');
      expect(page.redemptions()).to.deep.equal([
        {id: 'rdm-1101', status: 'Available', code: 'HWS-G1101'},
        {id: 'rdm-1102', status: 'Available', code: 'HWS-G1102'},
      ]);
      expect(page.root.querySelector('[part~="next-steps"]')!.textContent).to.contain('Quote the coupon code when you pay.');
      const request = lastRequest('redeemGiftOffer');
      expect(request.method).to.equal('POST');
      expect(request.path).to.match(/\/gifts\/offers\/offer-shop-10\/redeem$/);
      expect(request.body).to.deep.equal({quantity: 2});
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers.authorization).to.equal(`Bearer ${tokenOf(page)}`);
      expect(request.headers['idempotency-key']).to.match(UUID);

      await page.click('View my redemptions');
      await page.waitFor('redemptions');
      expect(page.redemptions().map((r) => r.id)).to.deep.equal(['rdm-1102', 'rdm-1101', SEEDS.fulfilled, SEEDS.used]);
    });

    it('checks the quantity before going on, and keeps it', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.perMemberQuota);
      await page.type('quantity', '3');
      await page.submit();
      expect(page.step).to.equal('detail');
      expect(page.errorOf('quantity')).to.contain('Enter a whole number from 1 to 2.');
      expect(page.input('quantity').value).to.equal('3');
      await page.type('quantity', 'x');
      await page.submit();
      expect(page.errorOf('quantity')).to.contain('whole number');
      expect(requestsFor('redeemGiftOffer')).to.have.length(0);
    });

    it('says when the member has not enough points, keeping the quantity', async () => {
      const page = await OffersPage.signedIn(undefined, 'mem-demo-lee');
      await page.open(OFFERS.cheap);
      await page.toConfirm('2');
      await page.click('Confirm and redeem');
      await page.settled();
      expect(page.step).to.equal('confirm');
      expect(page.banner()).to.contain('You do not have enough points for this.');
      expect(page.banner()).not.to.contain('Try again');
      await page.click('Back');
      expect(page.input('quantity').value).to.equal('2');
      await page.toConfirm('1');
      await page.click('Confirm and redeem');
      await page.waitFor('result');
      expect(page.redemptions()[0]!.code).to.equal('HWS-G1101');
    });

    it('says when the offer ran out meanwhile, and when the member reached its limit', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.percentage);
      await page.toConfirm('1');
      mockControl.fail('redeemGiftOffer', {status: 409, code: 'QUOTA_EXCEEDED', body: {success: false, error: {code: 'QUOTA_EXCEEDED', message: 'gone', details: {quota: 100, remaining: 0}}}});
      await page.click('Confirm and redeem');
      await page.settled();
      expect(page.banner()).to.contain('Sorry, this offer is out of stock.');

      await page.click('Back');
      await page.click('Back to offers');
      await page.waitFor('offers');
      await page.open(OFFERS.perMemberQuota);
      await page.toConfirm('2');
      await page.click('Confirm and redeem');
      await page.settled();
      expect(page.banner()).to.contain('You have reached the limit for this offer.');
    });

    it('says when the offer is for another tier', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.cheap);
      await page.toConfirm('1');
      mockControl.fail('redeemGiftOffer', {status: 403, code: 'TIER_REQUIRED'});
      await page.click('Confirm and redeem');
      await page.settled();
      expect(page.banner()).to.contain('This offer is for another membership tier.');
    });

    it('does not redeem when the page prevents fav-before-redeem', async () => {
      const page = await OffersPage.signedIn();
      page.element.addEventListener('fav-before-redeem', (event) => event.preventDefault(), {once: true});
      await page.open(OFFERS.cheap);
      await page.toConfirm('1');
      await page.click('Confirm and redeem');
      expect(page.banner()).to.contain('cannot be redeemed here');
      expect(requestsFor('redeemGiftOffer')).to.have.length(0);
    });

    it('offers "Try again" after a server error and sends the same Idempotency-Key again', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.cheap);
      await page.toConfirm('1');
      mockControl.fail('redeemGiftOffer', {status: 500});
      const failure = oneEvent(page.element, 'fav-error');
      await page.click('Confirm and redeem');
      expect((await failure).detail).to.include({source: 'fav-offers', operation: 'redeemGiftOffer', status: 500});
      await page.settled();
      expect(page.banner()).to.contain('having trouble');
      await page.click('Try again');
      await page.waitFor('result');
      const [first, second] = requestsFor('redeemGiftOffer');
      expect(second!.headers['idempotency-key']).to.equal(first!.headers['idempotency-key']);
    });

    it('sends one request for a double click, showing the button busy while it runs', async () => {
      mockControl.setLatency({redeemGiftOffer: 200});
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.cheap);
      await page.toConfirm('1');
      const button = page.button('Confirm and redeem');
      button.click();
      await page.element.updateComplete;
      expect(page.button('Confirm and redeem').getAttribute('aria-busy')).to.equal('true');
      page.button('Confirm and redeem').click();
      button.click();
      await page.waitFor('result');
      expect(requestsFor('redeemGiftOffer')).to.have.length(1);
    });

    it('asks a visitor to sign in in place before redeeming', async () => {
      const page = await OffersPage.mount();
      await page.offersLoaded();
      await page.open(OFFERS.cheap);
      expect(page.text).to.contain('Sign in to redeem this offer with your points.');
      expect(page.root.querySelector('[name="quantity"]')).to.equal(null);
      await page.click('Sign in');
      const login = await page.loginBox();
      await login.signInAsMember();
      await waitUntil(() => page.root.querySelector('[name="quantity"]'), 'the quantity form');
      expect(page.root.querySelector('fav-login')).to.equal(null);
      expect(page.step).to.equal('detail');
    });

    it('asks the member to sign in again when the session ends mid-flow, keeping the quantity', async () => {
      const page = await OffersPage.signedIn();
      await page.open(OFFERS.cheap);
      await page.toConfirm('2');
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401});
      await page.click('Confirm and redeem');
      const login = await page.loginBox();
      expect(page.banner()).to.contain('Your session has expired');
      expect(page.step).to.equal('confirm');
      await login.signInAsMember();
      await waitUntil(() => page.root.querySelector('fav-login') === null, 'signed in again');
      expect(page.heading).to.equal('Confirm your redemption');
      expect(page.flow.quantity).to.equal('2');
      await page.click('Confirm and redeem');
      await page.waitFor('result');
      expect(lastRequest('redeemGiftOffer').body).to.deep.equal({quantity: 2});
    });
  });

  describe('failures', () => {
    it('shows a slow list as placeholders, then the offers', async () => {
      mockControl.setLatency({listGiftOffers: 300});
      const page = await OffersPage.mount();
      await waitUntil(() => page.root.querySelector('[part~="skeleton"]'), 'placeholders');
      await page.offersLoaded();
      expect(page.root.querySelector('[part~="skeleton"]')).to.equal(null);
    });

    it('offers "Try again" for an unreadable answer and when offline', async () => {
      mockControl.fail('listGiftOffers', {malformed: true});
      const page = await OffersPage.mount();
      await waitUntil(() => page.banner() !== '', 'an error banner');
      expect(page.banner()).to.contain('could not read');
      mockControl.fail('listGiftOffers', {network: true, times: 3});
      await page.click('Try again');
      await page.settled();
      expect(page.banner()).to.match(/could not reach|offline/);
      await page.click('Try again');
      await page.offersLoaded();
      expect(page.banner()).to.equal('');
      expect(page.offerIds().length).to.be.greaterThan(0);
    });

    it('offers "Try again" when the redemptions fail to load', async () => {
      const page = await OffersPage.signedIn();
      mockControl.fail('listRedemptions', {status: 503, times: 3});
      await page.showTab('My redemptions');
      await waitUntil(() => page.banner().includes('Try again'), 'a retryable banner', {timeout: 8000});
      await page.click('Try again');
      await page.settled();
      expect(page.redemptions().map((r) => r.id)).to.deep.equal([SEEDS.fulfilled, SEEDS.used]);
    });
  });

  describe('redemptions', () => {
    it('lists the member’s redemptions with their status and code', async () => {
      const page = await OffersPage.signedIn();
      await page.showTab('My redemptions');
      expect(page.redemptions()).to.deep.equal([
        {id: SEEDS.fulfilled, status: 'Ready to use', code: SEEDS.fulfilledCoupon},
        {id: SEEDS.used, status: 'Used', code: 'HWS-G1001'},
      ]);
      const request = lastRequest('listRedemptions');
      expect(request.headers.authorization).to.equal(`Bearer ${tokenOf(page)}`);
      expect(request.query).to.include({limit: '12', offset: '0', page: '1'});
    });

    it('asks a visitor to sign in, then shows their redemptions; forgets them at sign-out', async () => {
      const page = await OffersPage.mount();
      await page.offersLoaded();
      await page.showTab('My redemptions');
      expect(page.text).to.contain('Sign in to see the gifts you have redeemed.');
      expect(requestsFor('listRedemptions')).to.have.length(0);
      await signInMember(page.provider);
      await waitUntil(() => page.redemptions().length === 2, 'the redemptions');
      await page.provider.environment!.session!.signOut();
      await page.element.updateComplete;
      expect(page.redemptions()).to.deep.equal([]);
      expect(page.text).not.to.contain(SEEDS.fulfilledCoupon);
    });

    it('says when there are none', async () => {
      const page = await OffersPage.signedIn(undefined, 'mem-demo-lee');
      await page.showTab('My redemptions');
      expect(page.text).to.contain('You have not redeemed any gifts yet.');
    });
  });

  describe('claim', () => {
    it('claims a gift from the claim-token attribute after an in-place sign-in, with the same Idempotency-Key', async () => {
      const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers claim-token=${TOKENS.valid}></fav-offers></fav-provider>`);
      await page.waitFor('claim');
      await waitUntil(() => laterStepsOf(page.element), 'the claim step');
      expect(page.heading).to.equal('Claim your gift');
      expect(page.text).to.contain(TOKENS.valid);
      expect(requestsFor('listGiftOffers')).to.have.length(0);
      await page.click('Claim gift');
      const login = await page.loginBox();
      expect(page.text).to.contain('Sign in to claim your gift.');
      const first = lastRequest('claimGift');
      expect(first.body).to.deep.equal({claimToken: TOKENS.valid, code: TOKENS.valid});
      expect(first.headers.authorization).to.equal(undefined);
      const claimed = oneEvent(page.element, 'fav-gift-claimed');
      await login.signInAsMember();
      const detail = (await claimed).detail as FavGiftClaimedDetail;
      await page.waitFor('result');
      expect(detail.claimToken).to.equal(TOKENS.valid);
      expect(detail.redemption.giftOffer?.id).to.equal(OFFERS.welcome);
      expect(page.heading).to.equal('Your gift is claimed');
      expect(page.redemptions()[0]).to.deep.include({status: 'Ready to use'});
      expect(page.redemptions()[0]!.code).to.match(/^HWS-G\d+$/);
      expect(page.text).to.contain('Show the coupon code at the Central studio reception');
      const second = lastRequest('claimGift');
      expect(second.headers.authorization).to.match(/^Bearer /);
      expect(second.headers['idempotency-key']).to.match(UUID);
      expect(second.headers['idempotency-key']).to.equal(first.headers['idempotency-key']);
    });

    it('reads the claim token from the URL parameter and says when it has expired', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?gift=${TOKENS.expired}`);
      try {
        const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers claim-param="gift"></fav-offers></fav-provider>`);
        await signInMember(page.provider);
        await page.waitFor('claim');
        await waitUntil(() => laterStepsOf(page.element), 'the claim step');
        await page.click('Claim gift');
        await page.settled();
        expect(page.banner()).to.contain('This gift link has expired.');
        expect(page.buttons().map((b) => b.textContent!.trim())).not.to.include('Claim gift');
        await page.click('See all offers');
        await page.offersLoaded();
        expect(page.step).to.equal('offers');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('removes the claim parameter from the page URL after the claim, keeping the others and the hash, so a reload shows the offers', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?utm_source=mail&claim=${TOKENS.valid}&q=a%20b#gifts`);
      try {
        const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers></fav-offers></fav-provider>`);
        await signInMember(page.provider);
        await page.waitFor('claim');
        await waitUntil(() => laterStepsOf(page.element), 'the claim step');
        expect(page.text).to.contain(TOKENS.valid);
        await page.click('Claim gift');
        await page.waitFor('result');
        expect(page.heading).to.equal('Your gift is claimed');
        expect(location.search).to.equal('?utm_source=mail&q=a%20b');
        expect(location.hash).to.equal('#gifts');

        // The visitor reloads: the same page, without the parameter, lists the offers.
        const reloaded = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers></fav-offers></fav-provider>`);
        await reloaded.offersLoaded();
        expect(reloaded.step).to.equal('offers');
        expect(reloaded.text).not.to.contain('You have already claimed this gift.');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('keeps the claim parameter while the claim has not gone through', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?claim=${TOKENS.expired}#gifts`);
      try {
        const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers></fav-offers></fav-provider>`);
        await signInMember(page.provider);
        await page.waitFor('claim');
        await waitUntil(() => laterStepsOf(page.element), 'the claim step');
        await page.click('Claim gift');
        await page.settled();
        expect(page.banner()).to.contain('This gift link has expired.');
        expect(location.search).to.equal(`?claim=${TOKENS.expired}`);
        expect(location.hash).to.equal('#gifts');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('says when a gift was already claimed, and when a code is not valid', async () => {
      const page = await OffersPage.mount(html`<fav-provider mock company-id="demo"><fav-offers claim-token=${TOKENS.valid}></fav-offers></fav-provider>`);
      await signInMember(page.provider);
      await page.waitFor('claim');
      await waitUntil(() => laterStepsOf(page.element), 'the claim step');
      await page.click('Claim gift');
      await page.waitFor('result');
      page.element.claimToken = undefined;
      await page.element.updateComplete;
      page.element.claimToken = TOKENS.valid;
      await page.element.updateComplete;
      await page.waitFor('claim');
      await page.click('Claim gift');
      await page.settled();
      expect(page.banner()).to.contain('You have already claimed this gift.');

      page.element.claimToken = 'NOT-A-CODE';
      await page.element.updateComplete;
      await page.click('Claim gift');
      await page.settled();
      expect(page.banner()).to.contain('This gift link is not valid.');
    });

    it('lets a signed-in member claim a free offer by its id, with one request for a double click', async () => {
      const page = await OffersPage.signedIn(undefined, 'mem-demo-lee');
      await page.open(OFFERS.welcome);
      mockControl.setLatency({claimGift: 200});
      const claimed = oneEvent(page.element, 'fav-gift-claimed');
      page.button('Claim this gift').click();
      await page.element.updateComplete;
      expect(page.button('Claim this gift').getAttribute('aria-busy')).to.equal('true');
      await page.click('Claim this gift');
      const detail = (await claimed).detail as FavGiftClaimedDetail;
      await page.waitFor('result');
      expect(detail.offerId).to.equal(OFFERS.welcome);
      expect(requestsFor('claimGift')).to.have.length(1);
      expect(lastRequest('claimGift').body).to.deep.equal({offerId: OFFERS.welcome});
      expect(lastRequest('claimGift').headers['idempotency-key']).to.match(UUID);
      await page.click('Back to offers');
      await page.offersLoaded();
      await page.open(OFFERS.welcome);
      expect(page.banner()).to.contain('Sold out, or you have reached the limit');
    });
  });

  describe('keyboard, accessibility, languages and layout', () => {
    it('completes a redeem with the keyboard only', async () => {
      const page = await OffersPage.signedIn();
      page.tab('Gift offers').focus();
      await sendKeys({press: 'ArrowRight'});
      await page.settled();
      expect(page.step).to.equal('tiers');
      await sendKeys({press: 'ArrowLeft'});
      await page.offersLoaded();
      expect(page.root.activeElement?.id).to.equal('tab-offers');
      let guard = 0;
      while (page.root.activeElement?.getAttribute('data-id') !== OFFERS.cheap && guard++ < 20) await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('detail');
      expect(page.root.activeElement?.matches('[part~="heading"]'), 'focus on the step heading').to.equal(true);
      guard = 0;
      while (page.root.activeElement?.getAttribute('name') !== 'quantity' && guard++ < 20) await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Backspace'});
      await sendKeys({type: '2'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('confirm');
      guard = 0;
      while (page.root.activeElement?.textContent?.trim() !== 'Confirm and redeem' && guard++ < 20) await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('result');
      expect(lastRequest('redeemGiftOffer').body).to.deep.equal({quantity: 2});
    });

    it('passes axe in every step', async () => {
      const page = await OffersPage.mount();
      await page.offersLoaded();
      await expect(page.element).to.be.accessible();
      await page.open(OFFERS.cheap);
      await expect(page.element).to.be.accessible();
      await page.click('Sign in');
      await page.loginBox();
      await expect(page.element).to.be.accessible();
      await signInMember(page.provider);
      await waitUntil(() => page.root.querySelector('[name="quantity"]'), 'the quantity form');
      await expect(page.element).to.be.accessible();
      await page.type('quantity', '0');
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.toConfirm('1');
      await expect(page.element).to.be.accessible();
      await page.click('Confirm and redeem');
      await page.waitFor('result');
      await expect(page.element).to.be.accessible();
      await page.click('View my redemptions');
      await page.waitFor('redemptions');
      await expect(page.element).to.be.accessible();
      await page.showTab('Membership tiers');
      await expect(page.element).to.be.accessible();
      page.element.claimToken = TOKENS.expired;
      await page.element.updateComplete;
      await page.click('Claim gift');
      await page.settled();
      await expect(page.element).to.be.accessible();
    });

    it('uses Traditional Chinese data and formats with locale="zh-Hant"', async () => {
      const page = await OffersPage.signedIn(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-offers></fav-offers></fav-provider>`);
      try {
        expect(lastRequest('listGiftOffers').headers['accept-language']).to.equal('zh-Hant');
        expect(page.offerCard(OFFERS.percentage)).to.contain('網店九折');
        expect(page.offerCard(OFFERS.perMemberQuota)).to.contain('HK$50.00').and.to.match(/\d{4}年\d+月\d+日/);
        expect(page.heading).to.equal('會員獎賞');
        page.tab('禮品優惠').focus();
        await sendKeys({press: 'ArrowRight'});
        await page.settled();
        expect(page.tiers()).to.deep.equal(['基本會員', '銀卡會員', '金卡會員*']);
        expect(page.text).to.contain('HK$888.00');
      } finally {
        const {applyLocale} = await import('../../../src/i18n/locale.js');
        await applyLocale('en');
      }
    });

    it('uses only theme tokens that exist', () => {
      const defined = new Set(tokens.map(([name]) => name.replace('--fav-', '--_fav-')));
      const sheets: CSSResult[] = [...offersStyles, ...stepStyles];
      const used = new Set(sheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--_fav-[a-z0-9-]+)/g)].map((m) => m[1]!)));
      expect([...used].filter((name) => !defined.has(name))).to.deep.equal([]);
    });

    describe('360 px', () => {
      afterEach(() => setViewport({width: 800, height: 600}));

      it('fits a phone without horizontal scrolling in every step', async () => {
        await setViewport({width: 360, height: 740});
        const page = await OffersPage.signedIn();
        expect(page.fits(360), 'offers').to.equal(true);
        await page.showTab('Membership tiers');
        expect(page.fits(360), 'tiers').to.equal(true);
        await page.showTab('Gift offers');
        await page.offersLoaded();
        await page.open(OFFERS.perMemberQuota);
        expect(page.fits(360), 'detail').to.equal(true);
        await page.toConfirm('1');
        expect(page.fits(360), 'confirm').to.equal(true);
        await page.click('Confirm and redeem');
        await page.waitFor('result');
        expect(page.fits(360), 'result').to.equal(true);
        await page.click('View my redemptions');
        await page.waitFor('redemptions');
        expect(page.fits(360), 'redemptions').to.equal(true);
      });
    });
  });
});
