export interface LazyModuleOptions<T> {
  /** Runs once it has arrived, before anyone awaiting {@link LazyModule.load} resumes. */
  arrived?(module: T): void;
  /** Runs once per failed load (each caller still sees the rejection). */
  failed?(error: unknown): void;
}

/**
 * Code kept out of a widget's first view: loaded with `import()` on the first {@link load} (or what
 * that import resolves to, e.g. an object built from it), then remembered. A load that failed
 * (offline, a deploy replaced the chunk) is forgotten, so the next {@link load} tries again.
 */
export class LazyModule<T> {
  /** The module, once it has arrived. */
  module?: T;
  private loading?: Promise<T>;

  constructor(
    private readonly importModule: () => Promise<T>,
    private readonly options: LazyModuleOptions<T> = {},
  ) {}

  /** The module: loads it on the first call, and again after a failure. */
  load(): Promise<T> {
    if (this.loading) return this.loading;
    const loading = this.importModule().then((module) => {
      this.module = module;
      this.options.arrived?.(module);
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
