/**
 * Lists use the width they are given: one column in a narrow widget, cards side by side from 36rem,
 * compact rows with `layout="list"`; images keep their shape and stay under 15rem (240 px) in a
 * card; every widget stops at the one `--fav-max-width`; nothing scrolls sideways. Measured in the
 * widget's container (a page column of 360, 768 or 1280 px), as container queries see it.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/entries/booking.js';
import '../../src/entries/cms.js';
import '../../src/entries/events.js';
import '../../src/entries/my-bookings.js';
import '../../src/entries/offers.js';
import '../../src/entries/shop-checkout.js';
import {A_MONDAY_MORNING, pinClock} from '../support/clock.js';
import {resetPage, signInMember} from '../support/mock.js';

const LISTS: Record<string, {widget: (layout?: string) => TemplateResult; list: string; images: boolean; signIn?: boolean}> = {
  'fav-booking': {widget: (layout) => html`<fav-booking layout=${layout ?? 'grid'}></fav-booking>`, list: 'service-list', images: true},
  'fav-events': {widget: (layout) => html`<fav-events layout=${layout ?? 'grid'}></fav-events>`, list: 'event-list', images: false},
  'fav-shop-checkout': {widget: (layout) => html`<fav-shop-checkout layout=${layout ?? 'grid'}></fav-shop-checkout>`, list: 'product-list', images: false},
  'fav-posts': {widget: (layout) => html`<fav-posts layout=${layout ?? 'grid'}></fav-posts>`, list: 'post-list', images: true},
  'fav-offers': {widget: (layout) => html`<fav-offers layout=${layout ?? 'grid'}></fav-offers>`, list: 'offer-list', images: true},
  'fav-my-bookings': {widget: (layout) => html`<fav-my-bookings layout=${layout ?? 'grid'}></fav-my-bookings>`, list: 'booking-list', images: false, signIn: true},
};

const REM = 16;

async function mount(tag: string, width: number, layout?: string) {
  const {widget, list, signIn} = LISTS[tag]!;
  const column = await fixture<HTMLElement>(html`<div style="width: ${width}px"><fav-provider mock company-id="demo">${widget(layout)}</fav-provider></div>`);
  const element = column.querySelector<HTMLElement>(tag)!;
  if (signIn) await signInMember(element.closest('fav-provider') as never);
  const cards = () => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${list}"] > li`) ?? [])];
  await waitUntil(() => cards().length >= 2, `${tag}: its list`, {timeout: 8000});
  // Images load lazily; the layout does not wait for them (aspect-ratio reserves their box).
  return {column, element, cards, list: element.shadowRoot!.querySelector<HTMLElement>(`[part~="${list}"]`)!};
}

/** How many cards share the first row. */
const perRow = (cards: HTMLElement[]) => cards.filter((card) => Math.abs(card.getBoundingClientRect().top - cards[0]!.getBoundingClientRect().top) < 1).length;

describe('lists use the width they are given', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  for (const tag of Object.keys(LISTS)) {
    describe(`<${tag}>`, () => {
      it('one column at 360 px, two or more cards side by side at 768, three or more at 1280, within --fav-max-width', async () => {
        for (const [width, least, most] of [
          [360, 1, 1],
          [768, 2, 3],
          [1280, 3, 5],
        ] as const) {
          const {element, cards} = await mount(tag, width);
          const row = perRow(cards());
          expect(row, `${width} px: cards in the first row`).to.be.within(least, most);
          expect(element.getBoundingClientRect().width, `${width} px: the widget's width`).to.be.at.most(Math.min(width, 72 * REM));
          expect(element.scrollWidth, `${width} px: nothing scrolls sideways`).to.be.at.most(element.clientWidth + 1);
          for (const image of element.shadowRoot!.querySelectorAll<HTMLImageElement>('.card-image')) {
            const box = image.getBoundingClientRect();
            expect(box.height, `${width} px: a card image stays under 15rem`).to.be.at.most(15 * REM + 0.5);
            if (!image.classList.contains('square') && box.height < 15 * REM) expect(box.width / box.height, `${width} px: 16:9`).to.be.closeTo(16 / 9, 0.02);
          }
        }
      });

      it('layout="list" shows compact rows with a small image, one per line', async () => {
        const {cards} = await mount(tag, 1280, 'list');
        expect(perRow(cards()), 'one card per row').to.equal(1);
        for (const item of cards()) {
          const card = item.matches('.card') ? item : item.querySelector<HTMLElement>('.card')!;
          expect(getComputedStyle(card).display, 'a row').to.equal('flex');
          const image = card.querySelector<HTMLImageElement>('.card-image');
          if (image) {
            expect(image.getBoundingClientRect().width, 'a small image').to.be.at.most(10 * REM + 0.5);
            expect(image.getBoundingClientRect().right, 'beside the text').to.be.at.most(card.querySelector('.card-body')!.getBoundingClientRect().left + 1);
          }
        }
      });
    });
  }

  it('leaves no empty box where a card has no image', async () => {
    const {element} = await mount('fav-shop-checkout', 768);
    const card = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="product-card"]')].find((item) => !item.querySelector('img'))!;
    expect(card, 'a product without an image').to.exist;
    const title = card.querySelector('.card-title')!;
    expect(title.getBoundingClientRect().top - card.getBoundingClientRect().top, 'the title starts the card').to.be.below(2.5 * REM);
  });
});
