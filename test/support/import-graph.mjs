/**
 * web-test-runner plugin: the `fav-import-graph` command answers the import graph of `src/`, which
 * test/architecture/import-graph.test.ts checks against the layer rules (ARCHITECTURE.md). Reading
 * the files needs Node, so the test page asks the server.
 *
 * The same reading lists every write to a widget flow's state from outside the flow (`flowWrites`).
 *
 * Every `.ts` module under `src/` (not `src/generated/`, which `lit-localize build` writes) is parsed with TypeScript's
 * parser, so comments and strings never count. One edge per import, side-effect import,
 * `export … from`, dynamic `import()` and `import('…')` in a type; relative specifiers are resolved
 * to files. With a payload `{sources: {'src/a.ts': 'import …'}}` the command parses those texts
 * instead of the disk, so a test can check the reading itself.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, posix} from 'node:path';

/** Every `.ts` file under `dir`, as repository paths with `/`. */
function sourceFiles(root, dir, skip = 'src/generated') {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), {withFileTypes: true}).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return path === skip ? [] : sourceFiles(root, path, skip);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `./a.js` from `src/x/b.ts` → `src/x/a.ts` when that module exists; undefined otherwise. */
function resolveRelative(modules, from, specifier) {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  return [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, `${base}/index.ts`].find((candidate) => modules.has(candidate));
}

/** The imports of one module: `{specifier, kind, line, text}`; `specifier` undefined for `import(expression)`. */
function importsOf(ts, path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, specifier, kind) =>
    found.push({specifier, kind, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source).slice(0, 120)});
  const typeOnlyImport = (clause) =>
    Boolean(
      clause &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly))),
    );
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, typeOnlyImport(node.importClause) ? 'type' : 'static');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly ? 'type' : 'static');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      add(node, argument && ts.isStringLiteralLike(argument) ? argument.text : undefined, 'dynamic');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, 'type');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether `node` is an access through something called `flow` (`flow.step`, `this.flow.details.name`, `flow['step']`). */
function throughFlow(ts, node) {
  while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    node = node.expression;
    if ((ts.isIdentifier(node) && node.text === 'flow') || (ts.isPropertyAccessExpression(node) && node.name.text === 'flow')) return true;
  }
  return false;
}

/**
 * Writes to a flow's state from outside it: an assignment, compound assignment or `++`/`--` whose
 * target is reached through `flow` (a flow writes its own fields as `this.…`, through its named methods).
 */
function flowWritesOf(ts, path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const {SyntaxKind: kind} = ts;
  const assignments = new Set([kind.EqualsToken, kind.PlusEqualsToken, kind.MinusEqualsToken, kind.QuestionQuestionEqualsToken, kind.BarBarEqualsToken, kind.AmpersandAmpersandEqualsToken]);
  const found = [];
  const add = (node) => found.push({from: path, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source).slice(0, 120)});
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && assignments.has(node.operatorToken.kind) && throughFlow(ts, node.left)) add(node);
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && [kind.PlusPlusToken, kind.MinusMinusToken].includes(node.operator) && throughFlow(ts, node.operand)) add(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The import graph of `sources` (repository path → text): `{modules, edges}`. Imports of the paths in
 * `known` resolve too, but those modules are not read (the generated locale modules). Each edge is
 * `{from, to, specifier, kind: 'static' | 'type' | 'dynamic', line}`; `to` is a repository path for
 * a relative import, the bare specifier for a package, and undefined for an `import()` of a computed
 * string or a relative path that names no module (`specifier` then holds the code).
 */
export async function importGraphOf(sources, known = []) {
  // Loaded on the first call, so runs without the architecture test do not pay for it.
  const {default: ts} = await import('typescript');
  const modules = new Set(Object.keys(sources));
  const resolvable = new Set([...modules, ...known]);
  const edges = [...modules].sort().flatMap((from) =>
    importsOf(ts, from, sources[from]).map(({specifier, kind, line, text}) => ({
      from,
      to: specifier === undefined ? undefined : specifier.startsWith('.') ? resolveRelative(resolvable, from, specifier) : specifier,
      specifier: specifier ?? text,
      kind,
      line,
    })),
  );
  const flowWrites = [...modules].sort().flatMap((path) => flowWritesOf(ts, path, sources[path]));
  return {modules: [...modules].sort(), edges, flowWrites};
}

/** The import graph of the `src/` directory under `root`. */
export function readImportGraph(root = process.cwd()) {
  const files = sourceFiles(root, 'src');
  const generated = sourceFiles(root, 'src/generated', undefined);
  return importGraphOf(Object.fromEntries(files.map((path) => [path, readFileSync(join(root, ...path.split('/')), 'utf8')])), generated);
}

export function importGraphPlugin() {
  return {
    name: 'fav-import-graph',
    async executeCommand({command, payload}) {
      if (command !== 'fav-import-graph') return undefined;
      return payload?.sources ? importGraphOf(payload.sources) : readImportGraph();
    },
  };
}
