import type {CSSResult} from 'lit';
import {adoptLater} from './adopt-styles.js';

/** A widget's later-steps module: whatever it exports, plus the styles of its views. */
export interface StepsModule {
  readonly stepStyles: readonly CSSResult[];
}

/** The element the steps belong to: their styles go into its shadow root, and it re-renders when they arrive. */
export interface LaterStepsHost {
  readonly shadowRoot: ShadowRoot | null;
  requestUpdate(): void;
}

export interface LaterStepsOptions<T> {
  /** Runs once the module arrived, before the host re-renders (controllers that need its code). */
  arrived?(module: T): void;
  /** Runs once per failed load (each caller still sees the rejection). */
  failed?(error: unknown): void;
}

/**
 * The code of a widget's later steps, kept out of its first view: loaded with `import()` on the
 * first {@link load} (after the first view, or when a step needs it), then remembered; its styles
 * are adopted and the host re-renders. A load that failed (offline, a deploy replaced the chunk) is
 * forgotten, so the next {@link load} tries again.
 */
export class LaterSteps<T extends StepsModule> {
  /** The module, once it has arrived. */
  module?: T;
  private loading?: Promise<T>;

  constructor(
    private readonly host: LaterStepsHost,
    private readonly importModule: () => Promise<T>,
    private readonly options: LaterStepsOptions<T> = {},
  ) {}

  /** The module: loads it on the first call, and again after a failure. */
  load(): Promise<T> {
    if (this.loading) return this.loading;
    const loading = this.importModule().then((module) => {
      this.module = module;
      adoptLater(this.host.shadowRoot, module.stepStyles);
      this.options.arrived?.(module);
      this.host.requestUpdate();
      return module;
    });
    loading.catch((error: unknown) => {
      this.loading = undefined;
      this.options.failed?.(error);
    });
    this.loading = loading;
    return loading;
  }
}
