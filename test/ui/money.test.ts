import {expect} from '@open-wc/testing';
import {fromCents, toCents} from '../../src/ui/money.js';

describe('money in cents', () => {
  it('reads major units from the API as whole cents, rounding away float error', () => {
    expect(toCents('320.00')).to.equal(32000);
    expect(toCents('19.99')).to.equal(1999);
    expect(toCents(0.1 + 0.2)).to.equal(30);
    expect(toCents('0.29')).to.equal(29);
    expect(toCents(12)).to.equal(1200);
  });

  it('takes a missing or unreadable amount as 0, so a sum stays a number', () => {
    expect(toCents(null)).to.equal(0);
    expect(toCents(undefined)).to.equal(0);
    expect(toCents('')).to.equal(0);
    expect(toCents('free')).to.equal(0);
    expect(toCents(Number.NaN)).to.equal(0);
  });

  it('writes cents back as a decimal string with two places, as the API writes money', () => {
    expect(fromCents(32050)).to.equal('320.50');
    expect(fromCents(0)).to.equal('0.00');
    expect(fromCents(5)).to.equal('0.05');
    expect(fromCents(toCents('19.99') * 3)).to.equal('59.97');
  });
});
