/**
 * The in-page mock (`<fav-provider mock>`): each API group's handlers and fixtures load on the
 * group's first request, and every operation is found in the group its path names. This file
 * imports only the in-page mock, never src/mock/index.ts (which loads every group up front).
 */
import {expect} from '@open-wc/testing';
import {API_PREFIX, operationIds, operations} from '../../src/api/operations.js';
import {createMockFetch} from '../../src/mock/mock-fetch.js';
import {matchOperation} from '../../src/mock/operation-match.js';
import {groupOf, routeFor} from '../../src/mock/route-groups.js';

const API = `https://api.favcrm.io${API_PREFIX}`;

// The test page loads hundreds of modules; room for all their timing entries.
performance.setResourceTimingBufferSize(10_000);

/** The mock's handler and fixture modules (`handlers/cms`, `fixtures/cms`…) the page fetched while `action` ran. */
async function mockModulesFetchedDuring(action: () => Promise<unknown>): Promise<string[]> {
  const before = performance.getEntriesByType('resource').length;
  await action();
  await new Promise((resolve) => setTimeout(resolve));
  const names = performance
    .getEntriesByType('resource')
    .slice(before)
    .map((entry) => /\/src\/mock\/((?:handlers|fixtures)\/[\w-]+)\./.exec(entry.name)?.[1]);
  return names.filter((name): name is string => name !== undefined).sort();
}

describe('in-page mock: API groups', () => {
  it('loads a group on its first request, and only that group', async () => {
    const mockFetch = createMockFetch();
    const services = () => mockFetch(new Request(`${API}/services`, {headers: {'X-Company-Id': 'demo'}}));
    let first: Response | undefined;
    expect(await mockModulesFetchedDuring(async () => (first = await services()))).to.deep.equal(['fixtures/booking', 'fixtures/tenants', 'handlers/booking']);
    expect(first?.status).to.equal(200);
    expect(await mockModulesFetchedDuring(services), 'a second request loads nothing more').to.deep.equal([]);
    expect(await mockModulesFetchedDuring(() => mockFetch(new Request(`${API}/cms/menus/header`, {headers: {'X-Company-Id': 'demo'}})))).to.deep.equal([
      'fixtures/cms',
      'handlers/cms',
    ]);
  });

  it('finds every operation in the group its path names', async () => {
    for (const operation of operationIds) {
      expect((await routeFor(operation)).operation, `${operation} in the ${groupOf(operation)} group`).to.equal(operation);
    }
  });

  it('matches paths as MSW does: one decoded segment per placeholder, a trailing slash, any case', () => {
    for (const operation of operationIds) {
      const {method, path} = operations[operation];
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const url = `${API}${path.replace(/\{\w+\}/g, 'a%20b')}`;
      const params = Object.fromEntries(names.map((name) => [name, 'a b']));
      expect(matchOperation(method, url), `${method} ${path}`).to.deep.equal({operation, params});
      expect(matchOperation(method.toLowerCase(), `${url.toUpperCase()}/?page=2`)?.operation, `${path} in capitals`).to.equal(operation);
    }
    expect(matchOperation('GET', `${API}/services/a/b`)).to.equal(null);
    expect(matchOperation('POST', `${API}/services`)).to.equal(null);
    expect(matchOperation('GET', `${API}/nothing`)).to.equal(null);
  });
});
