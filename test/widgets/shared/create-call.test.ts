import {expect} from '@open-wc/testing';
import {FavApiError} from '../../../src/api/errors.js';
import {CreateCall, type CreateCallOptions, type CreateCallState} from '../../../src/widgets/shared/create-call.js';

const http = (status: number, code?: string) => new FavApiError({kind: 'http', status, code, message: `HTTP ${status}`});
const network = () => new FavApiError({kind: 'network', message: 'offline'});

/** A flow's element and what the call showed and reported. */
function setup() {
  const page = new AbortController();
  const shown: CreateCallState[] = [];
  const reported: unknown[] = [];
  const create = new CreateCall({signal: page.signal, failed: (error) => reported.push(error)}, (state) => shown.push(state));
  return {page, shown, reported, create, last: () => shown.at(-1)};
}

/** An API call answering `answers` in turn (a value resolves, an error rejects), recording its options. */
function api(...answers: unknown[]) {
  const calls: CreateCallOptions[] = [];
  const call = async (options: CreateCallOptions) => {
    calls.push(options);
    const answer = answers[calls.length - 1];
    if (answer instanceof Error || (typeof answer === 'object' && answer !== null && 'thrown' in answer)) throw answer instanceof Error ? answer : (answer as {thrown: unknown}).thrown;
    return answer;
  };
  return {calls, call, keys: () => calls.map((options) => options.idempotencyKey)};
}

describe('CreateCall: one way to create something', () => {
  it('sends once per press, with the element signal, and shows busy while it runs', async () => {
    const {page, shown, create} = setup();
    const {calls, call} = api({id: 1});
    const first = create.send({request: {a: 1}, call});
    expect(create.busy).to.equal(true);
    expect(await create.send({request: {a: 1}, call})).to.equal(undefined);
    expect(await first).to.deep.equal({id: 1});
    expect(calls).to.have.length(1);
    expect(calls[0]!.signal).to.equal(page.signal);
    expect(create.busy).to.equal(false);
    expect(shown).to.deep.equal([
      {busy: true, error: undefined},
      {busy: false, error: undefined},
    ]);
  });

  it('keeps the Idempotency-Key while the outcome is unknown (network, 5xx, 429, unreadable) or a session was missing (401), renews it after a success', async () => {
    const {create} = setup();
    const malformed = new FavApiError({kind: 'malformed', message: 'bad JSON'});
    const {keys, call} = api(network(), http(503), http(429), malformed, http(401, 'LOGIN_REQUIRED'), {id: 1}, {id: 2});
    for (let i = 0; i < 7; i++) await create.send({request: {a: 1}, call});
    const [first, ...rest] = keys();
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(rest.slice(0, 5)).to.deep.equal([first, first, first, first, first]);
    expect(rest[5]).to.not.equal(first);
  });

  it('renews the key when the request changes, and after a refusal the server would repeat', async () => {
    const {create} = setup();
    const {keys, call} = api(network(), network(), http(422), {id: 1});
    await create.send({request: {quantity: 1}, call});
    await create.send({request: {quantity: 2}, call});
    await create.send({request: {quantity: 2}, call});
    await create.send({request: {quantity: 2}, call});
    const [one, two, refused, after] = keys();
    expect(two).to.not.equal(one);
    expect(refused).to.equal(two);
    expect(after).to.not.equal(refused);
  });

  it('starts a new attempt on renew(), e.g. when another member signs in', async () => {
    const {create} = setup();
    const {keys, call} = api(network(), network());
    await create.send({request: {offer: 1}, call});
    create.renew();
    await create.send({request: {offer: 1}, call});
    expect(keys()[1]).to.not.equal(keys()[0]);
  });

  it('shows a failure, reported once, unless the flow explains it', async () => {
    const {shown, reported, create, last} = setup();
    const failure = http(409, 'SLOT_TAKEN');
    const {call} = api(failure, failure);
    const explained: FavApiError[] = [];
    await create.send({request: {}, call, refused: (error) => (explained.push(error), true)});
    expect(last()).to.deep.equal({busy: false, error: undefined});
    expect(explained).to.deep.equal([failure]);
    await create.send({request: {}, call, refused: async () => false});
    expect(last()).to.deep.equal({busy: false, error: failure});
    expect(reported).to.deep.equal([failure, failure]);
    expect(shown.filter((state) => state.busy)).to.have.length(2);
  });

  it("says a member's session ended on a 401, instead of an error; a guest's 401 is an error", async () => {
    const {create, last} = setup();
    const {call} = api(http(401), http(401));
    const ended: FavApiError[] = [];
    await create.send({request: {}, call, asMember: true, sessionEnded: (error) => ended.push(error)});
    expect(ended).to.have.length(1);
    expect(last()).to.deep.equal({busy: false, error: undefined});
    await create.send({request: {}, call, asMember: false, sessionEnded: (error) => ended.push(error)});
    expect(ended).to.have.length(1);
    expect((last()!.error as FavApiError).status).to.equal(401);
  });

  it('treats an abort (the element left the page) as no failure', async () => {
    const {reported, create, last} = setup();
    const {call} = api(new FavApiError({kind: 'aborted', message: 'aborted'}));
    expect(await create.send({request: {}, call, refused: () => true})).to.equal(undefined);
    expect(reported).to.deep.equal([]);
    expect(last()).to.deep.equal({busy: false, error: undefined});
  });

  it('shows a request it cannot even send (a bug) as a failure instead of rejecting', async () => {
    const {reported, create, last} = setup();
    const {calls, call} = api({id: 1});
    expect(await create.send({request: {quantity: BigInt(1)}, call})).to.equal(undefined);
    expect(calls).to.have.length(0);
    expect(reported).to.have.length(1);
    expect(last()!.error).to.be.instanceOf(TypeError);
    expect(create.busy).to.equal(false);
  });

  it('shows anything thrown that is not an API failure as it is, never as a network failure', async () => {
    const {reported, create, last} = setup();
    const explained: unknown[] = [];
    const {call} = api({thrown: 'not an Error'});
    await create.send({request: {}, call, asMember: true, sessionEnded: (error) => explained.push(error), refused: (error) => (explained.push(error), true)});
    expect(reported).to.deep.equal(['not an Error']);
    expect(explained).to.deep.equal([]);
    expect(last()).to.deep.equal({busy: false, error: 'not an Error'});
  });
});
