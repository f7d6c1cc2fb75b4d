import {expect} from '@open-wc/testing';
import {isAllowedPaymentUrl} from '../../../src/widgets/shared/payment-url.js';

describe('payment URL: where a widget may send the visitor to pay', () => {
  it('allows an https page, and http only on localhost (the mock, local development)', () => {
    expect(isAllowedPaymentUrl('https://pay.example.com/checkout/cs_123')).to.equal(true);
    expect(isAllowedPaymentUrl('http://localhost:8000/pay')).to.equal(true);
    expect(isAllowedPaymentUrl('http://127.0.0.1/pay')).to.equal(true);
    expect(isAllowedPaymentUrl('http://shop.localhost/pay')).to.equal(true);
    expect(isAllowedPaymentUrl('http://pay.example.com/checkout')).to.equal(false);
  });

  it('refuses scripts, data, relative and missing URLs', () => {
    expect(isAllowedPaymentUrl('javascript:alert(1)')).to.equal(false);
    expect(isAllowedPaymentUrl('data:text/html,<script>alert(1)</script>')).to.equal(false);
    expect(isAllowedPaymentUrl('/pay')).to.equal(false);
    expect(isAllowedPaymentUrl('not a url')).to.equal(false);
    expect(isAllowedPaymentUrl('')).to.equal(false);
    expect(isAllowedPaymentUrl(null)).to.equal(false);
    expect(isAllowedPaymentUrl(undefined)).to.equal(false);
  });
});
