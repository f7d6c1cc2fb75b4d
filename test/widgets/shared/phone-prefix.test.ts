import {expect} from '@open-wc/testing';
import {FavClient} from '../../../src/api/client.js';
import {createMockFetch} from '../../../src/mock/index.js';
import {phonePrefixOf} from '../../../src/ui/form.js';
import {loadTenantPhonePrefix} from '../../../src/widgets/shared/phone-prefix.js';
import {mockControl, requestsFor, resetPage} from '../../support/mock.js';

/** A client of the mock tenant, without the GET cache, so every load is a request the mock sees. */
const clientOf = (companyId: string) => new FavClient({companyId, fetch: createMockFetch(), cacheTtl: 0, retryDelays: []});

/** A form's element as the loader sees it: a client and a signal. */
const hostOf = (client: FavClient | undefined) => ({client, signal: new AbortController().signal});

describe("phone prefix: the tenant's dialling prefix for a phone field", () => {
  beforeEach(() => resetPage());

  it('reads the prefix as +digits, or none', () => {
    expect(phonePrefixOf('852')).to.equal('+852');
    expect(phonePrefixOf('+886 ')).to.equal('+886');
    expect(phonePrefixOf('')).to.equal('');
    expect(phonePrefixOf(null)).to.equal('');
  });

  it('loads once per element, however many ask, and hands the prefix over', async () => {
    const host = hostOf(clientOf('demo'));
    const applied: string[] = [];
    const apply = (prefix: string) => applied.push(prefix);
    await Promise.all([loadTenantPhonePrefix(host, apply), loadTenantPhonePrefix(host, apply)]);
    await loadTenantPhonePrefix(host, apply);
    expect(applied).to.deep.equal(['+852']);
    expect(requestsFor('getRegistrationForm')).to.have.length(1);
  });

  it('asks again after a failure, since the visitor would otherwise type an international number', async () => {
    const host = hostOf(clientOf('demo'));
    const applied: string[] = [];
    mockControl.fail('getRegistrationForm', {status: 503});
    await loadTenantPhonePrefix(host, (prefix) => applied.push(prefix));
    expect(applied).to.deep.equal([]);
    await loadTenantPhonePrefix(host, (prefix) => applied.push(prefix));
    expect(applied).to.deep.equal(['+852']);
    expect(requestsFor('getRegistrationForm')).to.have.length(2);
  });

  it("loads another tenant's prefix when the element's client changes, and nothing without a client", async () => {
    const host: {client: FavClient | undefined; signal: AbortSignal} = hostOf(undefined);
    const applied: string[] = [];
    await loadTenantPhonePrefix(host, (prefix) => applied.push(prefix));
    expect(requestsFor('getRegistrationForm')).to.have.length(0);
    host.client = clientOf('demo');
    await loadTenantPhonePrefix(host, (prefix) => applied.push(prefix));
    host.client = clientOf('demo-taipei');
    await loadTenantPhonePrefix(host, (prefix) => applied.push(prefix));
    expect(applied).to.deep.equal(['+852', '+886']);
  });
});
