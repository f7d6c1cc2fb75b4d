import {expect} from '@open-wc/testing';
import {FavClient, type DroppedItemsInfo} from '../../src/api/client.js';
import {getLoginChannel, registerMember, verifyOtp} from '../../src/api/auth.js';
import {refreshToken} from '../../src/api/session.js';
import {getRegistrationForm} from '../../src/api/registration.js';
import {getService, listServiceResources, listServiceStaff, listServices, listSlots} from '../../src/api/booking.js';
import {getBooking} from '../../src/api/bookings.js';
import {getMenu, getPage} from '../../src/api/cms.js';
import {getEvent} from '../../src/api/events.js';
import {claimGift, listGiftOffers, listRedemptions, redeemGiftOffer} from '../../src/api/loyalty.js';
import {getOrderPaymentStatus, listPaymentMethods, listShippingMethods} from '../../src/api/shop-orders.js';
import {getProduct} from '../../src/api/shop.js';
import {getSurvey} from '../../src/api/surveys.js';
import {hasToken} from '../../src/api/schemas/auth.js';
import {idKey} from '../../src/api/schemas/fields.js';
import {FakeFetch, json, ok, rejection} from './support/fake-fetch.js';

function setup(...replies: ConstructorParameters<typeof FakeFetch>) {
  const fake = new FakeFetch(...replies);
  const dropped: DroppedItemsInfo[] = [];
  const client = new FavClient({companyId: 'acme', fetch: fake.fetch, retryDelays: [], cacheTtl: 0, onDroppedItems: (info) => dropped.push(info)});
  return {fake, client, dropped};
}

function jwt(claims: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({alg: 'HS256', typ: 'JWT'})}.${encode(claims)}.signature`;
}

const svc = (over: object = {}) => ({id: 'svc_1', name: 'Massage', price: '350.00', ...over});

describe('response schemas', () => {
  describe('lists', () => {
    it('accepts a bare array (no pagination)', async () => {
      const {client} = setup(ok([svc(), svc({id: 2})]));
      const result = await listServices(client);
      expect(result.items.map((s) => s.id)).to.deep.equal(['svc_1', 2]);
      expect(result.pagination).to.equal(null);
      expect(result.dropped).to.equal(0);
    });

    it('accepts {items} and {items, pagination}', async () => {
      const pagination = {page: 2, limit: 2, total: 5, totalPages: 3, hasNext: true, hasPrev: true};
      const {client} = setup(ok({items: [svc()]}), ok({items: [svc()], pagination}));
      expect((await listServices(client)).items).to.have.length(1);
      expect((await listServices(client, {page: 2})).pagination).to.deep.equal(pagination);
    });

    it('computes missing pagination fields', async () => {
      const {client} = setup(ok({items: [svc(), svc()], pagination: {page: '1', limit: 2, total: 5}}));
      const {pagination} = await listServices(client);
      expect(pagination).to.deep.equal({page: 1, limit: 2, total: 5, totalPages: 3, hasNext: true, hasPrev: false});
    });

    it('offers "load more" when a page is full and there is no pagination', async () => {
      const {client} = setup(ok([svc(), svc()]), ok({items: [svc()]}));
      expect((await listServices(client, {limit: 2})).pagination).to.deep.equal({page: 1, limit: 2, hasNext: true, hasPrev: false});
      expect((await listServices(client, {limit: 2, page: 3})).pagination).to.deep.equal({page: 3, limit: 2, hasNext: false, hasPrev: true});
    });

    it('accepts offset lists {items, total, limit, offset}', async () => {
      const offer = {id: 'o1', name: 'Coffee', points: 100};
      const {client, fake} = setup(ok({items: [offer, offer], total: 5, limit: 2, offset: 2}));
      const result = await listGiftOffers(client, {page: 2, limit: 2});
      expect(fake.last.url.search).to.equal('?limit=2&offset=2&page=2');
      expect(result.pagination).to.deep.equal({page: 2, limit: 2, total: 5, totalPages: 3, hasNext: true, hasPrev: true});
    });

    it('drops items that fail their schema and reports them once', async () => {
      const {client, dropped} = setup(ok({items: [svc(), svc({price: 'abc'}), {name: 'no id'}, svc({id: 3})]}));
      const result = await listServices(client);
      expect(result.items.map((s) => s.id)).to.deep.equal(['svc_1', 3]);
      expect(result.dropped).to.equal(2);
      expect(dropped).to.have.length(1);
      expect(dropped[0]!.operation).to.equal('listServices');
      expect(dropped[0]!.dropped).to.equal(2);
      expect(dropped[0]!.issues[0]).to.match(/^items\.1\.price: /);
      expect(dropped[0]!.issues[1]).to.match(/^items\.2\.id: /);
    });

    it('uses status aliases in E6 and sends lowercase status', async () => {
      const {client, fake} = setup(ok({items: [{id: 'r1', status: 'fulfilled', couponCode: 'ABC'}], total: 1, limit: 10, offset: 0}));
      const result = await listRedemptions(client, {status: 'VALID', limit: 10}, {token: 't'});
      expect(fake.last.url.searchParams.get('status')).to.equal('valid');
      expect(result.items[0]!.status).to.equal('FULFILLED');
      expect(result.pagination!.hasNext).to.equal(false);
    });
  });

  describe('field tolerance', () => {
    it('keeps money as decimal strings and normalizes numbers', async () => {
      const {client} = setup(ok(svc({price: 120, durationMinutes: '45', capacity: 3.7})), ok(svc({price: '350.00'})), ok(svc({price: 0.5})));
      const a = await getService(client, 'a');
      expect(a.price).to.equal('120');
      expect(a.durationMinutes).to.equal(45);
      expect(a.capacity).to.equal(3);
      expect((await getService(client, 'b')).price).to.equal('350.00');
      expect((await getService(client, 'c')).price).to.equal('0.5');
    });

    it('turns invalid optional money into null and keeps valid optional money', async () => {
      const {client} = setup(ok({id: 1, name: 'Tea', price: 'n/a', discountPrice: '8.50', memberPrice: null}));
      const product = await getProduct(client, 'tea');
      expect(product.price).to.equal(null);
      expect(product.discountPrice).to.equal('8.50');
      expect(product.memberPrice).to.equal(null);
    });

    it('coerces booleans and applies defaults for absent fields', async () => {
      const {client} = setup(ok(svc({requiresStaff: 'true', paymentRequired: 1, requireLogin: 'false', addons: null})));
      const service = await getService(client, 'x');
      expect(service).to.include({requiresStaff: true, paymentRequired: true, requireLogin: false, requiresConfirmation: false});
      expect(service.addons).to.deep.equal([]);
      expect(service.description).to.equal(null);
      expect(service.registrationForm).to.equal(null);
      expect(service.currency).to.equal('');
    });

    it('keeps ids in their wire type and compares them with idKey', async () => {
      const {client} = setup(ok({id: 7, name: 'Tea', categories: [{id: 3, name: 'Drinks', slug: null}]}));
      const product = await getProduct(client, 7);
      expect(product.id).to.equal(7);
      expect(idKey(product)).to.equal('7');
      expect(idKey(product.categories[0]!.id)).to.equal(idKey('3'));
    });

    it('matches enums case-insensitively and keeps unknown values raw', async () => {
      const detail = {id: 'b1', status: 'CONFIRMED', lineItems: [{id: 'l1', name: 'x', price: '1'}], statusHistory: [{toStatus: 'pending'}]};
      const {client} = setup(ok(detail), ok({...detail, status: 'On_Hold'}), ok({...detail, status: 'No-Show'}));
      expect((await getBooking(client, 'b1', {token: 't'})).status).to.equal('confirmed');
      expect((await getBooking(client, 'b1', {token: 't'})).status).to.equal('On_Hold');
      expect((await getBooking(client, 'b1', {token: 't'})).status).to.equal('no_show');
    });

    it('normalizes stock statuses and payment status aliases', async () => {
      const {client} = setup(
        ok({id: 1, name: 'Tea', stockStatus: 'IN_STOCK', variations: [{id: 2, name: 'L', price: 3, stockStatus: 'out_of_stock'}]}),
        ok({orderId: 'o1', orderStatus: 'Confirmed', paymentStatus: 'PAID', paidAt: '2026-01-01T10:00:00Z'}),
        ok({orderId: 'o1', orderStatus: 'pending', paymentStatus: 'canceled'}),
      );
      const product = await getProduct(client, 1);
      expect(product.stockStatus).to.equal('instock');
      expect(product.variations[0]!.stockStatus).to.equal('outofstock');
      const paid = await getOrderPaymentStatus(client, 'o1');
      expect(paid).to.include({orderStatus: 'confirmed', paymentStatus: 'completed', paidAt: '2026-01-01T10:00:00Z'});
      expect((await getOrderPaymentStatus(client, 'o1')).paymentStatus).to.equal('voided');
    });

    it('turns unparseable dates into null and keeps valid ones as sent', async () => {
      const {client} = setup(
        ok({id: 'e1', slug: 'e', title: 'E', price: 0, earlyBirdEndsAt: 'soon', dates: [{id: 'd1', startTime: '2026-05-01T10:00:00+08:00', endTime: 'not a date'}]}),
      );
      const event = await getEvent(client, 'e');
      expect(event.earlyBirdEndsAt).to.equal(null);
      expect(event.dates[0]!.startTime).to.equal('2026-05-01T10:00:00+08:00');
      expect(event.dates[0]!.endTime).to.equal(null);
      expect(event.deliveryMode).to.equal('in_person');
      expect(event.maxTicketsPerOrder).to.equal(10);
      expect(event.publicPresentation).to.equal(null);
    });

    it('ignores unknown extra fields', async () => {
      const {client} = setup(ok(svc({somethingNew: {deep: true}})));
      expect(await getService(client, 'x')).to.not.have.property('somethingNew');
    });
  });

  describe('TokenResult', () => {
    it('uses accessToken, else token, and computes expiresAt from expiresIn', async () => {
      const {client} = setup(ok({token: 'tok', expiresIn: 3600, memberUuid: 'm1', memberName: 'Amy', phone: '+852'}));
      const result = await verifyOtp(client, {phone: '+852', code: '123456'});
      expect(result.accessToken).to.equal('tok');
      expect(result.expiresAt).to.be.closeTo(Date.now() + 3_600_000, 2000);
      expect(result).to.include({memberUuid: 'm1', memberName: 'Amy', phone: '+852'});
    });

    it('sends code and otp with the same value', async () => {
      const {client, fake} = setup(ok({accessToken: 'a'}));
      await verifyOtp(client, {email: 'a@b.c', code: '123456'});
      expect(fake.last.body).to.deep.equal({email: 'a@b.c', code: '123456', otp: '123456'});
    });

    it('reads expiresAt as ISO or epoch, else the JWT exp claim', async () => {
      const exp = Math.floor(Date.now() / 1000) + 900;
      const {client} = setup(
        ok({accessToken: 'a', expiresAt: '2030-01-01T00:00:00Z'}),
        ok({accessToken: jwt({exp, sub: 'm'})}),
        ok({accessToken: 'not-a-jwt'}),
      );
      expect((await verifyOtp(client, {phone: '1', code: '1'})).expiresAt).to.equal(Date.parse('2030-01-01T00:00:00Z'));
      expect((await verifyOtp(client, {phone: '1', code: '1'})).expiresAt).to.equal(exp * 1000);
      expect((await verifyOtp(client, {phone: '1', code: '1'})).expiresAt).to.equal(undefined);
    });

    it('falls back to member.uuid / member.id and member name + lastName', async () => {
      const {client} = setup(
        ok({accessToken: 'a', member: {uuid: 'u1', name: 'Amy', lastName: 'Chan', email: 'a@b.c'}}),
        ok({accessToken: 'a', member: {id: 42, name: 'Bo'}}),
      );
      const first = await verifyOtp(client, {phone: '1', code: '1'});
      expect(first).to.include({memberUuid: 'u1', memberName: 'Amy Chan', email: 'a@b.c'});
      expect(first.member!.uuid).to.equal('u1');
      expect((await verifyOtp(client, {phone: '1', code: '1'})).memberUuid).to.equal('42');
    });

    it('is malformed without a token on B3/B6', async () => {
      const {client} = setup(ok({memberUuid: 'm1'}), ok({}));
      const error = await rejection(verifyOtp(client, {phone: '1', code: '1'}));
      expect(error).to.include({kind: 'malformed', issuePath: 'accessToken', operation: 'verifyOtp'});
      expect((await rejection(refreshToken(client, {}, {token: 't'}))).kind).to.equal('malformed');
    });

    it('B4 accepts {member, token} and a member without a token', async () => {
      const {client, fake} = setup(ok({member: {uuid: 'u1', name: 'Amy'}, token: 'tok'}), ok({member: {uuid: 'u2', name: 'Bo'}}));
      const withToken = await registerMember(client, {name: 'Amy', phone: '+852', agreeToTerms: true, gender: undefined});
      expect(fake.last.body).to.deep.equal({source: 'fav-widgets', name: 'Amy', phone: '+852', agreeToTerms: true, companyId: 'acme'});
      expect(hasToken(withToken)).to.equal(true);
      expect(withToken).to.include({accessToken: 'tok', memberUuid: 'u1', memberName: 'Amy'});
      const noToken = await registerMember(client, {name: 'Bo', email: 'b@c.d', source: 'site'});
      expect(hasToken(noToken)).to.equal(false);
      expect(noToken.accessToken).to.equal(undefined);
      expect(noToken.memberUuid).to.equal('u2');
      expect((fake.last.body as {source: string}).source).to.equal('site');
    });
  });

  describe('per-operation shapes', () => {
    it('B1: channel or loginChannel, phone means sms, unknown kept', async () => {
      const {client, fake} = setup(ok({channel: 'WhatsApp'}), ok({loginChannel: 'phone'}), ok({channel: 'line'}), ok({}));
      expect((await getLoginChannel(client)).channel).to.equal('whatsapp');
      expect(fake.last.url.searchParams.get('companyId')).to.equal('acme');
      expect((await getLoginChannel(client)).channel).to.equal('sms');
      expect((await getLoginChannel(client)).channel).to.equal('line');
      expect((await rejection(getLoginChannel(client))).kind).to.equal('malformed');
    });

    it('B8: fields sorted by order, string options, enabled by default', async () => {
      const {client} = setup(
        ok({
          fields: [
            {key: 'gender', label: 'Gender', type: 'SELECT', order: 3, options: ['M', 'F', {value: 'O', label: 'Other'}]},
            {key: 'name', label: 'Name', type: 'text', required: 'true', order: 1},
            {key: 'x', label: 'X', type: 'rainbow', order: 2, enabled: false},
          ],
          defaultCountryCode: 'HK',
        }),
      );
      const form = await getRegistrationForm(client);
      expect(form.fields.map((f) => f.key)).to.deep.equal(['name', 'x', 'gender']);
      expect(form.fields[0]).to.include({required: true, enabled: true});
      expect(form.fields[1]).to.include({type: 'rainbow', enabled: false});
      expect(form.fields[2]!.type).to.equal('select');
      expect(form.fields[2]!.options).to.deep.equal([
        {value: 'M', label: 'M'},
        {value: 'F', label: 'F'},
        {value: 'O', label: 'Other'},
      ]);
      expect(form.defaultCountryCode).to.equal('HK');
    });

    it('A3/A4: staff and resource aliases', async () => {
      const {client} = setup(ok([{id: 5, name: 'Ann'}]), ok({items: [{id: 'r1', name: 'Room', type: 'room'}]}));
      expect((await listServiceStaff(client, 'svc')).items[0]).to.include({memberId: 5, memberName: 'Ann'});
      expect((await listServiceResources(client, 'svc')).items[0]).to.include({resourceId: 'r1', resourceName: 'Room', resourceType: 'room'});
    });

    it('A5: canonical slots with bookingConfig', async () => {
      const {client, fake} = setup(
        ok({
          date: '2026-03-02',
          timezone: 'Asia/Hong_Kong',
          slots: [{startTime: '10:00', endTime: '11:00', available: true, remainingCapacity: 2, scheduleId: 9, basePrice: 100}],
          bookingConfig: {advanceBookingDays: 14, isAllowed: true, currentDailyUsage: '1'},
        }),
      );
      const result = await listSlots(client, 'svc_1', {date: '2026-03-02', staffId: 's1'});
      expect(fake.last.url.search).to.equal('?date=2026-03-02&staffId=s1');
      expect(result.date).to.equal('2026-03-02');
      expect(result.timezone).to.equal('Asia/Hong_Kong');
      expect(result.slots[0]).to.include({startTime: '10:00', endTime: '11:00', available: true, remainingCapacity: 2, scheduleId: 9, basePrice: '100'});
      expect(result.bookingConfig).to.include({advanceBookingDays: 14, isAllowed: true, currentDailyUsage: 1, weeklyHoursLimit: null});
    });

    it('A5: bare array and {items} with older status/availableCapacity', async () => {
      const {client, dropped} = setup(
        ok([
          {startTime: '09:00', status: 'available', availableCapacity: 3},
          {startTime: '10:00', status: 'FULL'},
          {startTime: '2026-03-02T11:00:00+08:00', endTime: '2026-03-02T12:00:00+08:00'},
          {startTime: 'noon'},
        ]),
        ok({items: [{startTime: '09:00', available: 'false'}]}),
      );
      const result = await listSlots(client, 'svc_1', {date: '2026-03-02'});
      expect(result.date).to.equal('2026-03-02');
      expect(result.timezone).to.equal(null);
      expect(result.bookingConfig).to.equal(null);
      expect(result.slots.map((s) => [s.available, s.remainingCapacity])).to.deep.equal([
        [true, 3],
        [false, null],
        [true, null],
      ]);
      expect(result.dropped).to.equal(1);
      expect(dropped[0]!.operation).to.equal('listSlots');
      expect((await listSlots(client, 'svc_1', {date: '2026-03-03'})).slots[0]!.available).to.equal(false);
    });

    it('A8: BookingDetail defaults nested lists', async () => {
      const {client} = setup(ok({id: 'b1', status: 'pending', totalPrice: 350, subtotal: '350.00'}));
      const detail = await getBooking(client, 'b1', {token: 't'});
      expect(detail).to.include({totalPrice: '350', subtotal: '350.00', addonsTotal: '0', discountAmount: null, paymentRequired: false});
      expect(detail.lineItems).to.deep.equal([]);
      expect(detail.statusHistory).to.deep.equal([]);
    });

    it('C2: keeps raw blocks', async () => {
      const {client} = setup(ok({id: 'p1', title: 'About', slug: 'about', blocks: '[{"type":"paragraph"}]'}));
      const page = await getPage(client, 'about');
      expect(page.blocks).to.equal('[{"type":"paragraph"}]');
      expect(page.tags).to.deep.equal([]);
    });

    it('C6: menu aliases, nesting and a bare array', async () => {
      const {client} = setup(
        ok({
          location: 'header',
          name: 'Main',
          items: [
            {id: 1, title: 'Home', href: '/', target: '_blank', children: [{id: 2, label: 'Sub', url: '/sub', children: [{id: 3, label: 'Deep', url: '/d', children: [{id: 4, label: 'Too deep', url: '/x'}]}]}]},
          ],
        }),
        ok([{id: 9, label: 'Only', url: '/only', type: 'PAGE'}]),
      );
      const menu = await getMenu(client, 'header');
      expect(menu.name).to.equal('Main');
      const home = menu.items[0]!;
      expect(home).to.include({label: 'Home', url: '/', openInNewTab: true});
      expect(home.children[0]!.children[0]!.label).to.equal('Deep');
      expect(home.children[0]!.children[0]!.children).to.deep.equal([]);
      const bare = await getMenu(client, 'footer');
      expect(bare).to.include({location: 'footer', name: null});
      expect(bare.items[0]!.type).to.equal('page');
    });

    it('D6/D7: shipping cost alias and payment methods sorted by position', async () => {
      const {client} = setup(
        ok([{id: 1, name: 'Courier', price: '30'}, {id: 2, name: 'Pickup', cost: 0, freeShippingThreshold: 'x'}]),
        ok([{id: 'b', name: 'Bank', position: 2}, {id: 'a', name: 'Card', position: 1, hasGateway: true}]),
      );
      const shipping = await listShippingMethods(client, {orderAmount: '120.00'});
      expect(shipping.items.map((m) => m.cost)).to.deep.equal(['30', '0']);
      expect(shipping.items[1]!.freeShippingThreshold).to.equal(null);
      const payments = await listPaymentMethods(client);
      expect(payments.items.map((m) => m.id)).to.deep.equal(['a', 'b']);
    });

    it('E4: one redemption, an array or {items}; E5 sends claimToken and code', async () => {
      const r = (id: string) => ({id, status: 'valid', giftOffer: {id: 'o1', name: 'Coffee', faceValueType: 'percentage', faceValue: '10'}});
      const {client, fake} = setup(ok(r('r1')), ok([r('r2'), r('r3')]), ok({items: [r('r4')]}), ok(r('r5')));
      const one = await redeemGiftOffer(client, 'o1', {}, {token: 't'});
      expect(one.map((x) => x.id)).to.deep.equal(['r1']);
      expect(one[0]!.status).to.equal('VALID');
      expect(one[0]!.giftOffer).to.include({faceValueType: 'PERCENTAGE', faceValue: 10});
      expect((await redeemGiftOffer(client, 'o1', {quantity: 2}, {token: 't'})).map((x) => x.id)).to.deep.equal(['r2', 'r3']);
      expect(fake.last.body).to.deep.equal({quantity: 2});
      expect((await redeemGiftOffer(client, 'o1', {}, {token: 't'}))[0]!.id).to.equal('r4');
      await claimGift(client, {claimToken: 'CLAIM1'});
      expect(fake.last.body).to.deep.equal({claimToken: 'CLAIM1', code: 'CLAIM1'});
    });

    it('F1: {survey, invitation} or the survey as data', async () => {
      const survey = {id: 's1', title: 'Feedback', slug: 'feedback', status: 'PUBLISHED', questionBlocks: [{id: 'q1', type: 'rating', title: 'Rate'}, {id: 'q2', type: 'hologram', title: '?'}]};
      const {client} = setup(ok({survey, invitation: null}), ok(survey), ok({title: 'no id'}));
      const a = await getSurvey(client, 'feedback');
      expect(a.survey.status).to.equal('published');
      expect(a.survey.visibility).to.equal('public');
      expect(a.survey.settings).to.deep.equal({submitLabel: null, successMessage: null, allowPartial: false, allowAnonymous: false, oneResponsePerAccount: false});
      expect(a.survey.questionBlocks.map((b) => b.type)).to.deep.equal(['rating', 'hologram']);
      expect(a.invitation).to.equal(null);
      expect((await getSurvey(client, 'feedback')).survey.id).to.equal('s1');
      expect((await rejection(getSurvey(client, 'x'))).issuePath).to.equal('id');
    });

    it('rejects a JSON body that is not an object where one is expected', async () => {
      const {client} = setup(json('just a string'));
      expect((await rejection(getService(client, 'x'))).kind).to.equal('malformed');
    });
  });
});
