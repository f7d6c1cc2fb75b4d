import {expect} from '@open-wc/testing';
import type {MemberSession} from '../../../src/context/session-store.js';
import {allowedParams, fillUntyped, prefilled, prefillSources, resolvePrefill} from '../../../src/widgets/shared/prefill.js';

const FIELDS = ['name', 'email', 'phone', 'notes'];
const member: MemberSession = {accessToken: 'token', memberName: 'Chan Tai Man', email: 'taiman@example.com', phone: '+85291234567'};

/** A form widget as the rule sees it: a plain element with the prefill attributes and property. */
function host(attributes: Record<string, string>, property?: Record<string, string>) {
  const element = document.createElement('fav-booking') as HTMLElement & {prefill?: Record<string, string>};
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (property) element.prefill = property;
  return element;
}

describe('prefill: one rule for every form', () => {
  it('takes attribute, then member, then allow-listed URL parameters, then property, field by field', () => {
    const values = resolvePrefill(
      {
        attribute: JSON.stringify({name: 'Attribute Name', email: 'attribute@example.com', phone: '+85260000000', notes: 'From the attribute'}),
        member,
        params: 'email name:n',
        search: '?email=url%40example.com&n=Url+Name&notes=not-listed',
        property: {name: 'Property Name'},
      },
      FIELDS,
    );
    expect(values).to.deep.equal({
      name: 'Property Name', // property over URL over member over attribute
      email: 'url@example.com', // URL over member over attribute
      phone: '+85291234567', // member over attribute
      notes: 'From the attribute', // only the attribute gives it (notes is in the URL but not on the list)
    });
  });

  it('never reads a URL parameter that is not on the list, and renames with field:param', () => {
    const search = '?email=a%40example.com&e=b%40example.com&name=Ann&phone=61234567';
    expect(allowedParams('email', search)).to.deep.equal({email: 'a@example.com'});
    expect(allowedParams('email:e', search)).to.deep.equal({email: 'b@example.com'});
    expect(allowedParams('name, phone', search)).to.deep.equal({name: 'Ann', phone: '61234567'});
    expect(allowedParams('', search)).to.deep.equal({});
    expect(allowedParams(null, search)).to.deep.equal({});
    expect(allowedParams('email: :e', search)).to.deep.equal({});
    // A listed parameter only fills a field the form has.
    expect(resolvePrefill({params: 'name coupon', search: '?name=Ann&coupon=FREE'}, FIELDS)).to.deep.equal({name: 'Ann'});
  });

  it('keeps only text of the form’s fields, and ignores an attribute that is not a JSON object', () => {
    expect(resolvePrefill({attribute: '{"name": "  Ann  ", "phone": 61234567, "email": "", "admin": "yes", "notes": {"x": 1}}'}, FIELDS)).to.deep.equal({
      name: 'Ann',
      phone: '61234567',
    });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(resolvePrefill({attribute: '{name: Ann}'}, FIELDS)).to.deep.equal({});
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(resolvePrefill({attribute: '["Ann"]', property: 'Ann'}, FIELDS)).to.deep.equal({});
  });

  it('reads the element’s attributes and property, and leaves the member out with no-prefill', () => {
    const element = host({prefill: '{"notes": "First visit"}', 'prefill-params': 'email'}, {name: 'Ann'});
    expect(prefillSources(element, member)).to.deep.equal({
      attribute: '{"notes": "First visit"}',
      member,
      params: 'email',
      property: {name: 'Ann'},
    });
    element.setAttribute('no-prefill', '');
    expect(prefillSources(element, member).member).to.equal(null);
  });

  it('never replaces what the visitor typed, but follows a later source where they did not', () => {
    const owner = {};
    let values = fillUntyped(owner, {name: '', email: '', notes: ''}, {name: 'Attribute Name', email: 'attribute@example.com'});
    expect(values).to.deep.equal({name: 'Attribute Name', email: 'attribute@example.com', notes: ''});
    values = {...values, email: 'typed@example.com'}; // the visitor types over the prefilled email
    values = fillUntyped(owner, values, {name: 'Chan Tai Man', email: 'taiman@example.com', notes: 'Member note'}); // a member signs in
    expect(values).to.deep.equal({name: 'Chan Tai Man', email: 'typed@example.com', notes: 'Member note'});
  });

  it('fills a widget’s form from all its sources at once', () => {
    const url = location.href;
    history.replaceState(history.state, '', `${location.pathname}?name=Url+Name&phone=60000000&mail=url%40example.com`);
    try {
      const element = host({prefill: '{"name": "Attribute Name", "notes": "First visit"}', 'prefill-params': 'name email:mail'}, {name: 'Property Name'});
      const values = prefilled(element, member, {name: '', email: '', phone: '', notes: '', addonIds: [] as string[]});
      expect(values).to.deep.equal({name: 'Property Name', email: 'url@example.com', phone: '+85291234567', notes: 'First visit', addonIds: []});
    } finally {
      history.replaceState(history.state, '', url);
    }
  });
});
