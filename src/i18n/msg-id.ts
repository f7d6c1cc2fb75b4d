/**
 * Stands in for `@lit/localize`'s message-id hashing in the built bundle (vite.config.ts resolves
 * `internal/id-generation.js` here). Every `msg()` in this project names its `id`
 * (test/i18n/translations.test.ts fails on an XLIFF unit with a generated id), so the runtime never
 * hashes a template; leaving the hash function out saves about half a kilobyte gzip on every page.
 * A message without an id would show its source (English) text.
 */
export const generateMsgId = (): string => '';
