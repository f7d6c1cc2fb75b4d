/** A respondent's view of `<fav-survey>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import type {FavSurvey} from '../../../src/widgets/survey/fav-survey.js';
import type {SurveyFlow, SurveyStep} from '../../../src/widgets/survey/survey-flow.js';
import {laterStepsOf, mountWidget, squash, WidgetPage} from '../../support/widget-page.js';

export class SurveyPage extends WidgetPage<FavSurvey, SurveyFlow> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-survey slug="quick-feedback"></fav-survey></fav-provider>`,
    step: SurveyStep = 'questions',
  ): Promise<SurveyPage> {
    const page = new SurveyPage(await mountWidget<FavSurvey>(template, 'fav-survey'));
    await page.waitFor(step);
    return page;
  }

  /** The step, once its code has loaded (the questions and the thank-you arrive in a later chunk). */
  override async waitFor(step: SurveyStep, timeout = 8000): Promise<void> {
    await super.waitFor(step, timeout);
    if (step === 'questions' || step === 'done') await waitUntil(() => laterStepsOf(this.element), 'the questions code', {timeout});
    await this.element.updateComplete;
  }

  get step(): SurveyStep {
    return this.flow.step;
  }

  get provider(): FavProvider {
    return this.element.closest('fav-provider') as FavProvider;
  }

  /** The ids of the questions on the current page, in order (statements included). */
  blockIds(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[data-block]')].map((node) => node.dataset.block!);
  }

  /** The question group or field of a block. */
  question(id: string): HTMLElement {
    const node = this.root.querySelector<HTMLElement>(`[data-block="${id}"]`);
    if (!node) throw new Error(`no question ${id} on this page; on screen: ${this.blockIds().join(', ')}`);
    return node;
  }

  /** The visible label (legend or label) of a question. */
  titleOf(id: string): string {
    const node = this.question(id);
    return squash((node.querySelector('legend') ?? node.querySelector('label'))?.textContent);
  }

  /** Clicks an option (radio, checkbox or scale point) of a question by value. */
  async pick(id: string, value: string | number): Promise<void> {
    const input = this.question(id).querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`no option ${value} in ${id}`);
    input.click();
    await this.element.updateComplete;
  }

  async next(label = 'Next'): Promise<void> {
    await this.click(label);
    await this.settled();
  }

  progress(): string {
    return squash(this.root.querySelector('[part~="progress"] .progress-label')?.textContent);
  }

  /** Waits until the page shows these questions. */
  async onPageWith(id: string): Promise<void> {
    await waitUntil(() => this.root.querySelector(`[data-block="${id}"]`), `question ${id}`, {timeout: 8000});
  }
}
