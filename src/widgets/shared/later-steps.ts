import type {CSSResult} from 'lit';
import {adoptLater} from './adopt-styles.js';
import {LazyModule, type LazyModuleOptions} from './lazy-module.js';

/** A widget's later-steps module: whatever it exports, plus the styles of its views. */
export interface StepsModule {
  readonly stepStyles: readonly CSSResult[];
}

/** The element the steps belong to: their styles go into its shadow root, and it re-renders when they arrive. */
export interface LaterStepsHost {
  readonly shadowRoot: ShadowRoot | null;
  requestUpdate(): void;
}

/**
 * The code of a widget's later steps, kept out of its first view: loaded on the first
 * {@link load} (after the first view, or when a step needs it) and remembered, or tried again after
 * a failure, as any {@link LazyModule}. When it arrives its styles are adopted, `arrived` runs
 * (controllers that need its code) and the host re-renders.
 */
export class LaterSteps<T extends StepsModule> extends LazyModule<T> {
  constructor(host: LaterStepsHost, importModule: () => Promise<T>, {arrived, failed}: LazyModuleOptions<T> = {}) {
    super(importModule, {
      arrived: (module) => {
        adoptLater(host.shadowRoot, module.stepStyles);
        arrived?.(module);
        host.requestUpdate();
      },
      failed,
    });
  }
}
