/**
 * The layers of src/ import each other only one way (ARCHITECTURE.md "Arrows that must never exist").
 * The server reads the import graph (test/support/import-graph.mjs: every import, export-from,
 * dynamic `import()` and type-only import of every src/**\/*.ts file, relative paths resolved); this
 * test checks every edge against the rules below.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

interface Edge {
  /** The importing module, e.g. `src/widgets/booking/fav-booking.ts`. */
  from: string;
  /** The imported module's path for a relative import, the package for a bare one; undefined when nothing resolves. */
  to?: string;
  specifier: string;
  kind: 'static' | 'type' | 'dynamic';
  line: number;
}

/** A write to a flow's state from outside the flow (`flow.step = …`, `flow.count++`). */
interface FlowWrite {
  from: string;
  line: number;
  text: string;
}

interface Graph {
  modules: string[];
  edges: Edge[];
  flowWrites: FlowWrite[];
}

interface Rule {
  name: string;
  /** Whether the rule forbids an edge between these two repository paths. */
  forbids(from: string, to: string): boolean;
}

/** `src/widgets/booking/x.ts` → `widgets`; undefined for a package. */
const layerOf = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];
/** `src/widgets/booking/x.ts` → `booking`. */
const widgetOf = (path: string): string | undefined => /^src\/widgets\/([^/]+)\//.exec(path)?.[1];

const layerRule = (from: string, to: string[]): Rule => ({
  name: `${from} → ${to.join('|')}`,
  forbids: (a, b) => layerOf(a) === from && to.includes(layerOf(b) ?? ''),
});

const RULES: Rule[] = [
  layerRule('api', ['context', 'widgets', 'mock', 'ui']),
  layerRule('ui', ['api']),
  layerRule('widgets', ['mock']),
  layerRule('context', ['widgets']),
  {
    name: 'widgets/shared → a widget',
    forbids: (a, b) => widgetOf(a) === 'shared' && widgetOf(b) !== undefined && widgetOf(b) !== 'shared',
  },
];

/** Each edge that breaks a rule, as `from → to (rule)` with where it is. */
function forbiddenEdges(edges: Edge[], rules = RULES): {arrow: string; rule: string; at: string}[] {
  return edges.flatMap((edge) =>
    edge.to === undefined
      ? []
      : rules
          .filter((rule) => rule.forbids(edge.from, edge.to!))
          .map((rule) => ({arrow: `${edge.from} → ${edge.to}`, rule: rule.name, at: `${edge.from}:${edge.line} ${edge.kind} '${edge.specifier}'`})),
  );
}

const graph = (sources?: Record<string, string>): Promise<Graph> => executeServerCommand('fav-import-graph', sources && {sources}) as Promise<Graph>;

describe('the import graph of src/', () => {
  it('is read from every kind of import, and from nothing else', async () => {
    const {edges} = await graph({
      'src/a/x.ts': [
        "import {b} from '../b/y.js';",
        "import type {T} from './t.js';",
        "export {c} from '../c';",
        "import 'lit';",
        "const load = () => import('../d/z.js');",
        "type S = typeof import('./s.js');",
        'const computed = (name: string) => import(`./${name}.js`);',
        "// import {comment} from '../comment.js';",
        "const text = \"import('../string.js')\";",
      ].join('\n'),
      'src/b/y.ts': '',
      'src/a/t.ts': '',
      'src/c/index.ts': '',
      'src/d/z.ts': '',
      'src/a/s.ts': '',
    });
    expect(edges.map(({to, kind, line}) => [to, kind, line])).to.deep.equal([
      ['src/b/y.ts', 'static', 1],
      ['src/a/t.ts', 'type', 2],
      ['src/c/index.ts', 'static', 3],
      ['lit', 'static', 4],
      ['src/d/z.ts', 'dynamic', 5],
      ['src/a/s.ts', 'type', 6],
      [undefined, 'dynamic', 7],
    ]);
  });

  it('covers every layer of src/ and resolves every relative import', async () => {
    const {modules, edges} = await graph();
    for (const layer of ['api', 'context', 'entries', 'i18n', 'mock', 'ui', 'widgets']) {
      expect(modules.some((module) => layerOf(module) === layer), `modules of src/${layer}`).to.be.true;
    }
    for (const kind of ['static', 'type', 'dynamic']) expect(edges.some((edge) => edge.kind === kind), `${kind} imports`).to.be.true;
    // An import that resolves to nothing could hide a forbidden arrow (a computed import() path, say).
    expect(edges.filter((edge) => edge.to === undefined).map((edge) => `${edge.from}:${edge.line} '${edge.specifier}'`)).to.deep.equal([]);
  });

  it('has no arrow the layers forbid', async () => {
    const {edges} = await graph();
    const found = forbiddenEdges(edges);
    expect(found.map((violation) => `${violation.at} breaks ${violation.rule}`)).to.deep.equal([]);
  });

  it('flags a forbidden edge of every rule, and lets the allowed ones through', () => {
    const edge = (from: string, to: string): Edge => ({from, to, specifier: to, kind: 'static', line: 1});
    const forbidden = [
      edge('src/api/client.ts', 'src/context/fav-provider.ts'),
      edge('src/api/client.ts', 'src/widgets/booking/fav-booking.ts'),
      edge('src/api/client.ts', 'src/mock/index.ts'),
      edge('src/api/client.ts', 'src/ui/button.ts'),
      edge('src/ui/button.ts', 'src/api/errors.ts'),
      edge('src/widgets/booking/fav-booking.ts', 'src/mock/index.ts'),
      edge('src/context/fav-provider.ts', 'src/widgets/login/fav-login.ts'),
      edge('src/widgets/shared/prefill.ts', 'src/widgets/booking/booking-flow.ts'),
    ];
    expect(forbiddenEdges(forbidden).map((violation) => violation.arrow)).to.deep.equal(forbidden.map((e) => `${e.from} → ${e.to}`));
    expect(new Set(forbiddenEdges(forbidden).map((violation) => violation.rule)).size, 'every rule fires').to.equal(RULES.length);

    const allowed = [
      edge('src/widgets/booking/fav-booking.ts', 'src/api/booking.ts'),
      edge('src/widgets/booking/fav-booking.ts', 'src/widgets/shared/prefill.ts'),
      edge('src/widgets/shared/day-slots.ts', 'src/widgets/shared/slot-availability.ts'),
      edge('src/context/environment.ts', 'src/mock/index.ts'),
      edge('src/mock/index.ts', 'src/api/operations.ts'),
      edge('src/ui/button.ts', 'lit'),
      edge('src/api/client.ts', 'src/api/errors.ts'),
    ];
    expect(forbiddenEdges(allowed)).to.deep.equal([]);
  });

  it('has no write to a flow from outside it: its state changes only through its named methods', async () => {
    const {flowWrites} = await graph();
    expect(flowWrites.map((write) => `${write.from}:${write.line} ${write.text}`)).to.deep.equal([]);
  });

  it('finds every kind of write through a flow, and no read', async () => {
    const {flowWrites} = await graph({
      'src/widgets/x/x-steps.ts': [
        "flow.step = 'done';",
        'this.flow.details.name = name;',
        'flow.attempts++;',
        '--flow.left;',
        'flow.call ??= make();',
        "flow['busy'] = true;",
        'flow.total += 1;',
        "if (flow.step === 'done' && this.flow.busy) show(flow.details.name);",
        "this.step = 'done';",
        'const flow = other; details.name = flow.name;',
      ].join('\n'),
    });
    expect(flowWrites.map((write) => write.line)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });
});
