import {expect} from '@open-wc/testing';
import {pageSizeOf} from '../../src/ui/pager.js';

describe('pageSizeOf: a page-size or limit attribute as a page size', () => {
  it('takes whole numbers from 1 to 100, cuts fractions and caps at 100', () => {
    expect(pageSizeOf(1, 10)).to.equal(1);
    expect(pageSizeOf('25', 10)).to.equal(25);
    expect(pageSizeOf(2.9, 10)).to.equal(2);
    expect(pageSizeOf(100, 10)).to.equal(100);
    expect(pageSizeOf(101, 10)).to.equal(100);
    expect(pageSizeOf(Infinity, 10)).to.equal(100);
  });

  it('falls back for nothing, zero, negatives and what is not a number', () => {
    for (const value of [undefined, null, '', 0, 0.5, -3, 'lots', NaN]) expect(pageSizeOf(value, 12), String(value)).to.equal(12);
  });
});
