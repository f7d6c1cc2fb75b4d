/**
 * Build-only: how the library's modules are cut into files. The budget is what a page loads, gzip,
 * and gzip works per file: the same code in one file is smaller than in five (each file pays its own
 * header and starts without a dictionary). Rolldown's automatic splitting makes one chunk per set of
 * importers, so a widget's first view came in six to nine files; with the groups below it comes in
 * four to six, 0.3–1 kB gzip less per widget, with no module in two files.
 *
 * - `api`: the typed client, its schemas and tables, zod and ky. A chunk of its own because
 *   `fav-widgets/client` loads it without lit.
 * - `provider`: everything the provider entry runs, plus the small UI modules every widget's first
 *   view uses (`sharedUi`). Every widget entry imports the provider entry, so they travel in it.
 * - one group per widget entry: the modules only that widget can reach (statically or through its
 *   later steps) and its first view runs. They join the entry's own file; its later steps import
 *   them from there, which is loaded by then. A module another entry can reach stays out, so no
 *   page ever loads a widget it does not show.
 */
import type {Rolldown} from 'vite';

type Group = Rolldown.CodeSplittingGroup;
type Context = Rolldown.ChunkingContext;

interface ChunkGroupOptions {
  /** The library's entries, name → file (vite's `build.lib.entry`). */
  entries: Record<string, string>;
  /** The script-tag entry's name: it reaches every element only through dynamic imports. */
  scriptTag: string;
  /** The provider entry's name. */
  provider: string;
  /** Widget entries' names. */
  widgets: readonly string[];
  api: RegExp;
  sharedUi: RegExp;
}

function closure(ctx: Context, from: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const walk = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (!info) return;
    for (const next of info.importedIds) walk(next);
    if (dynamic) for (const next of info.dynamicallyImportedIds) walk(next);
  };
  walk(from);
  return seen;
}

export function chunkGroups(options: ChunkGroupOptions): Group[] {
  const {entries, api} = options;
  const providerFile = entries[options.provider]!;
  // Every chunking pass sees the same graph; computed once on first use.
  let graph: {provider: Set<string>; owner: Map<string, string>} | undefined;
  const graphOf = (ctx: Context) => {
    if (graph) return graph;
    const reach = Object.entries(entries)
      .filter(([name]) => name !== options.scriptTag)
      .map(([name, file]) => ({name, all: closure(ctx, file, true)}));
    const owner = new Map<string, string>();
    for (const name of options.widgets) {
      for (const id of closure(ctx, entries[name]!, false)) {
        if (reach.every((other) => other.name === name || !other.all.has(id))) owner.set(id, name);
      }
    }
    graph = {provider: closure(ctx, providerFile, false), owner};
    return graph;
  };
  return [
    {name: 'api', test: api},
    {
      debugName: 'provider',
      name: (id, ctx) =>
        !api.test(id) && (options.sharedUi.test(id) || graphOf(ctx).provider.has(id)) ? 'provider' : null,
    },
    {
      debugName: 'widget first views',
      name: (id, ctx) => graphOf(ctx).owner.get(id) ?? null,
    },
  ];
}
