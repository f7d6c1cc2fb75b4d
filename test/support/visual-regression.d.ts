// The package's index.d.ts re-exports './browser/commands.mjs', for which TypeScript finds no types
// (they sit in commands.d.ts); this declares the one command the visual tests use.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
