/** A visitor's view of the CMS elements: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {mountWidget, squash, WidgetPage} from '../../support/widget-page.js';
import type {FavMenu} from '../../../src/widgets/cms/fav-menu.js';
import type {FavPage} from '../../../src/widgets/cms/fav-page.js';
import type {FavPost} from '../../../src/widgets/cms/fav-post.js';
import type {FavPosts} from '../../../src/widgets/cms/fav-posts.js';

type CmsElement = FavPage | FavPost | FavPosts | FavMenu;

export class CmsPage<E extends CmsElement> extends WidgetPage<E> {
  static async mount<E extends CmsElement>(template: TemplateResult, tag: string, step?: string): Promise<CmsPage<E>> {
    const page = new CmsPage<E>(await mountWidget<E>(template, tag));
    await page.loaded();
    if (step) await page.waitFor(step);
    await page.element.updateComplete;
    return page;
  }

  /** Waits until the element has shown its first content (or why it cannot). */
  async loaded(timeout = 8000): Promise<void> {
    await waitUntil(() => this.flow.step !== 'loading' && !this.flow.busy, `<${this.element.localName}> loaded`, {timeout});
    await this.element.updateComplete;
  }

  /** The rendered content (`::part(content)`). */
  get content(): HTMLElement {
    const content = this.root.querySelector<HTMLElement>('[part~="content"]');
    if (!content) throw new Error(`no content; on screen: ${this.text}`);
    return content;
  }

  headings(root: ParentNode = this.root): string[] {
    return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName}:${squash(h.textContent)}`);
  }

  /** Every element in the shadow root (and nested shadow roots). */
  allElements(root: ParentNode = this.root): Element[] {
    const found: Element[] = [];
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) found.push(...this.allElements(element.shadowRoot));
    }
    return found;
  }

  /** Attributes a sanitizer must never let through. */
  dangerous(): string[] {
    const bad: string[] = [];
    for (const element of this.allElements()) {
      if (['script', 'iframe', 'object', 'embed', 'form', 'input', 'style', 'base', 'meta', 'link', 'frame', 'frameset', 'svg', 'math', 'textarea', 'select'].includes(element.localName)) {
        bad.push(`<${element.localName}>`);
      }
      for (const attribute of element.attributes) {
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^on/i.test(attribute.name)) bad.push(`${element.localName}[${attribute.name}]`);
        if (attribute.name === 'style') bad.push(`${element.localName}[style]`);
        if (/^(javascript|vbscript):/.test(value)) bad.push(`${element.localName}[${attribute.name}=${value.slice(0, 30)}]`);
        if (value.startsWith('data:') && !(element.localName === 'img' && attribute.name === 'src' && value.startsWith('data:image/'))) {
          bad.push(`${element.localName}[${attribute.name}=data:]`);
        }
      }
    }
    return bad;
  }

  links(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a')];
  }
}
