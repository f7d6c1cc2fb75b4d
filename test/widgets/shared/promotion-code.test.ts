import {expect} from '@open-wc/testing';
import {FavApiError} from '../../../src/api/errors.js';
import {pageCode, PromotionCode, refusesPromotionCode} from '../../../src/widgets/shared/promotion-code.js';

const http = (status: number, code?: string, details?: Record<string, unknown>) => new FavApiError({kind: 'http', status, code, details, message: 'refused'});

/** A widget as the code sees it: its `promotion-code` attribute, and a count of re-renders. */
function host(attribute?: string) {
  const element = document.createElement('div');
  if (attribute !== undefined) element.setAttribute('promotion-code', attribute);
  let renders = 0;
  return {
    element,
    get renders() {
      return renders;
    },
    host: {
      getAttribute: (name: string) => element.getAttribute(name),
      shadowRoot: null,
      updateComplete: Promise.resolve(true),
      requestUpdate: () => void (renders += 1),
    },
  };
}

describe('promotion code (widgets/shared/promotion-code.ts)', () => {
  it('knows a refused code: INVALID_PROMOTION_CODE, any 4xx naming the field, not other failures', () => {
    expect(refusesPromotionCode(http(422, 'INVALID_PROMOTION_CODE', {fields: {promotionCode: 'Unknown'}}))).to.equal(true);
    expect(refusesPromotionCode(http(422, 'PROMOTION_EXPIRED'))).to.equal(true);
    expect(refusesPromotionCode(http(400, 'VALIDATION_ERROR', {fields: {promotionCode: 'Not valid'}}))).to.equal(true);
    expect(refusesPromotionCode(http(404, undefined, {fields: {promotionCode: 'No such code'}}))).to.equal(true);
    expect(refusesPromotionCode(http(422, 'BUSINESS_RULE', {field: 'promotionCode'}))).to.equal(true);

    expect(refusesPromotionCode(http(400, 'VALIDATION_ERROR', {fields: {'customer.email': 'Not valid'}}))).to.equal(false);
    expect(refusesPromotionCode(http(409, 'OUT_OF_STOCK', {productId: 1}))).to.equal(false);
    expect(refusesPromotionCode(http(401, 'PROMOTION_LOGIN', {fields: {promotionCode: 'Sign in'}})), 'a session problem').to.equal(false);
    expect(refusesPromotionCode(http(429, undefined, {fields: {promotionCode: 'Slow down'}}))).to.equal(false);
    expect(refusesPromotionCode(http(500, 'INVALID_PROMOTION_CODE'))).to.equal(false);
    expect(refusesPromotionCode(new FavApiError({kind: 'network', message: 'offline'}))).to.equal(false);
  });

  it('takes the page code from ?promo= over the promotion-code attribute, trimmed', () => {
    expect(pageCode(host(' SPRING ').element, '?promo=%20welcome10%20')).to.equal('welcome10');
    expect(pageCode(host(' SPRING ').element, '?other=1')).to.equal('SPRING');
    expect(pageCode(host(' SPRING ').element, '?promo=')).to.equal('SPRING');
    expect(pageCode(host().element, '')).to.equal('');
  });

  it('follows the page code until the visitor chooses, then only their choice counts', () => {
    const page = host('SPRING');
    const promotion = new PromotionCode(page.host);
    expect(promotion.code).to.equal('SPRING');
    page.element.setAttribute('promotion-code', 'SUMMER');
    expect(promotion.code, 'a later attribute value, while the visitor has not chosen').to.equal('SUMMER');
    promotion.remove();
    expect(promotion.code).to.equal('');
    page.element.setAttribute('promotion-code', 'AUTUMN');
    expect(promotion.code, 'removed stays removed').to.equal('');
    expect(page.renders).to.be.greaterThan(0);
  });

  it('applies what was typed, says so when nothing was, and sends a code typed without "Apply"', () => {
    const promotion = new PromotionCode(host().host);
    promotion.open();
    expect(promotion.editing).to.equal(true);
    promotion.typed('   ');
    promotion.apply();
    expect(promotion.problem).to.equal('empty');
    expect(promotion.code).to.equal('');
    promotion.typed(' WELCOME10 ');
    promotion.apply();
    expect({editing: promotion.editing, code: promotion.code, problem: promotion.problem}).to.deep.equal({editing: false, code: 'WELCOME10', problem: undefined});

    promotion.remove();
    promotion.open();
    promotion.typed('TYPED');
    expect(promotion.commit()).to.equal('TYPED');
    expect(promotion.editing).to.equal(false);
  });

  it('a refused code opens the field with it and the problem; sent again until changed or cancelled', async () => {
    const promotion = new PromotionCode(host('NOPE').host);
    expect(promotion.commit()).to.equal('NOPE');
    await promotion.refused('NOPE');
    expect({editing: promotion.editing, draft: promotion.draft, problem: promotion.problem, code: promotion.code}).to.deep.equal({
      editing: true,
      draft: 'NOPE',
      problem: 'refused',
      code: '',
    });
    expect(promotion.commit(), 'pressing the step button again sends it again').to.equal('NOPE');
    await promotion.refused('NOPE');
    promotion.remove();
    expect(promotion.commit()).to.equal('');
  });
});
