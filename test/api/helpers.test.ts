import {expect} from '@open-wc/testing';
import {occurrenceFromSlot} from '../../src/api/occurrence.js';
import {isSafeLinkUrl, isSafeRedirectUrl} from '../../src/api/urls.js';
import {newIdempotencyKey} from '../../src/api/client.js';

describe('occurrenceFromSlot', () => {
  it('uses the slot occurrence values when present', () => {
    const slot = {startTime: '10:00', endTime: '11:00', occurrenceStart: '2026-03-02T02:00:00Z', occurrenceEnd: '2026-03-02T03:00:00Z'};
    expect(occurrenceFromSlot('2026-03-02', slot, {timezone: 'Asia/Hong_Kong'})).to.deep.equal({
      occurrenceStart: '2026-03-02T02:00:00Z',
      occurrenceEnd: '2026-03-02T03:00:00Z',
    });
  });

  it('keeps full date-time start/end unchanged', () => {
    const slot = {startTime: '2026-03-02T10:00:00+08:00', endTime: '2026-03-02T11:30:00+08:00'};
    expect(occurrenceFromSlot('2026-03-02', slot)).to.deep.equal({
      occurrenceStart: '2026-03-02T10:00:00+08:00',
      occurrenceEnd: '2026-03-02T11:30:00+08:00',
    });
  });

  it('adds the tenant offset to the wall-clock time without converting it', () => {
    expect(occurrenceFromSlot('2026-03-02', {startTime: '10:00', endTime: '11:00'}, {timezone: 'Asia/Hong_Kong'})).to.deep.equal({
      occurrenceStart: '2026-03-02T10:00:00+08:00',
      occurrenceEnd: '2026-03-02T11:00:00+08:00',
    });
  });

  it('follows daylight saving time in the tenant zone', () => {
    const winter = occurrenceFromSlot('2026-01-15', {startTime: '09:00'}, {timezone: 'America/New_York', durationMinutes: 30});
    expect(winter).to.deep.equal({occurrenceStart: '2026-01-15T09:00:00-05:00', occurrenceEnd: '2026-01-15T09:30:00-05:00'});
    const summer = occurrenceFromSlot('2026-07-15', {startTime: '09:00:00', endTime: '10:00'}, {timezone: 'America/New_York'});
    expect(summer.occurrenceStart).to.equal('2026-07-15T09:00:00-04:00');
  });

  it('sends the wall clock without an offset when the zone is unknown or invalid', () => {
    expect(occurrenceFromSlot('2026-03-02', {startTime: '10:00', endTime: '11:00'})).to.deep.equal({
      occurrenceStart: '2026-03-02T10:00:00',
      occurrenceEnd: '2026-03-02T11:00:00',
    });
    expect(occurrenceFromSlot('2026-03-02', {startTime: '10:00'}, {timezone: 'Not/AZone'}).occurrenceStart).to.equal('2026-03-02T10:00:00');
  });

  it('uses durationMinutes (default 60) when the slot has no end', () => {
    expect(occurrenceFromSlot('2026-03-02', {startTime: '23:30'}, {durationMinutes: 90}).occurrenceEnd).to.equal('2026-03-03T01:00:00');
    expect(occurrenceFromSlot('2026-03-02', {startTime: '10:00', endTime: null}).occurrenceEnd).to.equal('2026-03-02T11:00:00');
    expect(
      occurrenceFromSlot('2026-03-02', {startTime: '2026-03-02T10:00:00+08:00'}, {durationMinutes: 45}).occurrenceEnd,
    ).to.equal('2026-03-02T10:45:00+08:00');
  });

  it('crosses midnight when the end is before the start', () => {
    expect(occurrenceFromSlot('2026-03-02', {startTime: '23:00', endTime: '01:00'}, {timezone: 'UTC'})).to.deep.equal({
      occurrenceStart: '2026-03-02T23:00:00+00:00',
      occurrenceEnd: '2026-03-03T01:00:00+00:00',
    });
  });
});

describe('URL checks', () => {
  it('isSafeRedirectUrl allows https, and http only on localhost', () => {
    expect(isSafeRedirectUrl('https://pay.example.com/x?y=1')).to.equal(true);
    expect(isSafeRedirectUrl('http://localhost:8000/return?fav-mock=1')).to.equal(true);
    expect(isSafeRedirectUrl('http://127.0.0.1/x')).to.equal(true);
    expect(isSafeRedirectUrl('http://pay.example.com')).to.equal(false);
    expect(isSafeRedirectUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeRedirectUrl('data:text/html,hi')).to.equal(false);
    expect(isSafeRedirectUrl('/relative')).to.equal(false);
    expect(isSafeRedirectUrl('')).to.equal(false);
    expect(isSafeRedirectUrl(null)).to.equal(false);
  });

  it('isSafeLinkUrl allows http(s), relative, mailto and tel only', () => {
    for (const url of ['https://a.b', 'http://a.b', '/page', 'page#x', '//cdn.example.com/a.png', 'mailto:a@b.c', 'tel:+852']) {
      expect(isSafeLinkUrl(url), url).to.equal(true);
    }
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:x', 'data:image/png;base64,xx', 'vbscript:x', '']) {
      expect(isSafeLinkUrl(url), url).to.equal(false);
    }
  });
});

describe('newIdempotencyKey', () => {
  it('gives distinct UUID v4 values', () => {
    const keys = new Set(Array.from({length: 50}, newIdempotencyKey));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('falls back when crypto.randomUUID is missing', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', {value: undefined, configurable: true});
    try {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', {value: original, configurable: true});
    }
  });
});
