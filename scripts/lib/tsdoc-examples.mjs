// The ```ts blocks of the `@example` tags in packages/*/src, as modules the docs check typechecks.
//
// The rule, for a reader of the API reference: an example is a snippet of the package it documents.
// - A name the block uses but neither imports nor declares at its top level is imported for it,
//   from the first entry point that exports it: the one whose source holds the documented file
//   (`@opengov-id/core/phone` for src/phone, `@opengov-id/care/testing` for src/testing,
//   `@opengov-id/posyandu/who/weight-for-age`), then the package's main entry, then its other
//   entry points, then the main entries of the @opengov-id packages it depends on. `z` is
//   `import * as z from 'zod'`. Anything else (another package, `node:fs`) the block imports.
// - Top-level `await` is allowed (each block is an ES module).
// - A value an example takes from its context is stated with `declare const name: Type;` in the
//   block: visible to the reader, erased at run time, and counted as an opt-out. Keep them rare.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
const TS_LANGS = new Set(['ts', 'typescript']);
const TAG = /^\s*@(\w+)/;

/** Every non-test .ts file under packages/<name>/src, sorted. */
function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/(?<!\.test|\.d)\.ts$/.test(entry.name)) files.push(path);
    }
  };
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    if (readdirSync(join(root, 'packages', name)).includes('src')) walk(`packages/${name}/src`);
  }
  return files;
}

/** The `/** ... *\/` comments of a file, found through the parser so strings that look like one are not. */
function docComments(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const seen = new Set();
  const comments = [];
  const visit = (node) => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (seen.has(range.pos) || range.kind !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
      seen.add(range.pos);
      if (text.startsWith('/**', range.pos) && !text.startsWith('/**/', range.pos)) {
        comments.push({ pos: range.pos, text: text.slice(range.pos, range.end) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  visit(source.endOfFileToken);
  return comments.sort((a, b) => a.pos - b.pos);
}

/**
 * The ```ts blocks inside `@example` tags of one comment. Each code line keeps where it came
 * from (`line`, 1-based, and `column`, the width stripped before it) for error messages.
 */
function examplesOf(comment, startLine) {
  const raw = comment.split('\n');
  const lines = raw.map((text, i) => {
    let body = text;
    let cut = 0;
    if (i === 0) {
      cut = text.indexOf('/**') + 3;
      body = text.slice(cut);
    } else {
      const m = /^\s*\*(?!\/) ?/.exec(text);
      if (m) {
        cut = m[0].length;
        body = text.slice(cut);
      }
    }
    if (i === raw.length - 1) body = body.replace(/\s*\*\/\s*$/, '');
    return { body, line: startLine + i, cut };
  });
  const blocks = [];
  let tag;
  let open;
  for (const { body, line, cut } of lines) {
    if (!open) {
      const m = FENCE.exec(body);
      if (m) {
        open = { indent: m[1].length, fence: m[2], lang: m[3].toLowerCase(), tag, line, lines: [] };
        continue;
      }
      const t = TAG.exec(body);
      if (t) tag = t[1];
      continue;
    }
    const close = body.trim();
    if (close.startsWith(open.fence[0].repeat(open.fence.length)) && /^[`~]+$/.test(close)) {
      if (open.tag === 'example' && TS_LANGS.has(open.lang)) blocks.push(open);
      open = undefined;
      continue;
    }
    const dedent = Math.min(open.indent, body.length - body.trimStart().length);
    open.lines.push({ text: body.slice(dedent), line, column: cut + dedent });
  }
  return blocks;
}

/** Every `@example` ```ts block of packages/*\/src, with the package and file it documents. */
export function collectTsdocExamples(root) {
  const examples = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const comment of docComments(text, file)) {
      const startLine = text.slice(0, comment.pos).split('\n').length;
      for (const block of examplesOf(comment.text, startLine)) {
        examples.push({ file, pkg: file.split('/')[1], ...block });
      }
    }
  }
  return examples;
}

/** The entry points of each package: name, specifier and the source file behind it. */
export function packageEntries(root) {
  const entries = new Map();
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    let json;
    try {
      json = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    const list = [];
    for (const [subpath, target] of Object.entries(json.exports ?? {})) {
      const source = typeof target === 'object' ? target['@opengov-id/source'] : undefined;
      if (!source) continue;
      list.push({
        specifier: subpath === '.' ? json.name : `${json.name}/${subpath.slice(2)}`,
        source: join(root, 'packages', folder, source),
        main: subpath === '.',
      });
    }
    const deps = Object.keys(json.dependencies ?? {}).filter((d) => d.startsWith('@opengov-id/'));
    entries.set(folder, { name: json.name, list, deps });
  }
  return entries;
}

/**
 * What each entry point exports, `true` for a name with a value (imported plainly), `false` for a
 * type only (imported with `type`).
 */
export function entryExports(program, entries) {
  const checker = program.getTypeChecker();
  const exports = new Map();
  const typeOnly = (symbol) => {
    let s = symbol;
    for (let depth = 0; s && s.flags & ts.SymbolFlags.Alias && depth < 50; depth++) {
      for (const d of s.declarations ?? []) {
        if (d.isTypeOnly || d.parent?.parent?.isTypeOnly || d.parent?.isTypeOnly) return true;
      }
      s = checker.getImmediateAliasedSymbol(s);
    }
    return !s || !(s.flags & ts.SymbolFlags.Value);
  };
  for (const { list } of entries.values()) {
    for (const entry of list) {
      const file = program.getSourceFile(entry.source);
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      const names = new Map();
      for (const s of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
        names.set(s.name, !typeOnly(s));
      }
      exports.set(entry.specifier, names);
    }
  }
  return exports;
}

/** Names a block declares at its top level (an automatic import of one would clash). */
function topLevelNames(source) {
  const names = new Set();
  const bind = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else for (const e of bindings?.elements ?? []) names.add(e.name.text);
    } else if (ts.isImportEqualsDeclaration(s)) names.add(s.name.text);
    else if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bind(d.name);
    else if (
      (ts.isFunctionDeclaration(s) ||
        ts.isClassDeclaration(s) ||
        ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s) ||
        ts.isEnumDeclaration(s) ||
        ts.isModuleDeclaration(s)) &&
      s.name &&
      ts.isIdentifier(s.name)
    ) {
      names.add(s.name.text);
    }
  }
  return names;
}

/** Entry points to take names from for a block of `file`, in order of preference. */
function candidates(root, file, pkg, entries) {
  const own = entries.get(pkg);
  if (!own) return [];
  const abs = join(root, file);
  const holds = (entry) => {
    if (entry.source === abs) return Number.MAX_SAFE_INTEGER;
    const dir = dirname(entry.source) + sep;
    return !entry.main && abs.startsWith(dir) ? dir.length : -1;
  };
  const ranked = own.list
    .map((entry, i) => ({ entry, score: holds(entry), main: entry.main, i }))
    .sort((a, b) => b.score - a.score || Number(b.main) - Number(a.main) || a.i - b.i)
    .map((r) => r.entry.specifier);
  const deps = [];
  for (const other of entries.values()) {
    if (own.deps.includes(other.name)) {
      const main = other.list.find((e) => e.main);
      if (main) deps.push(main.specifier);
    }
  }
  return [...ranked, ...deps];
}

/**
 * The module a block becomes: its automatic imports (one line) and its code. `offset` is how many
 * lines come before the block's first line.
 */
export function moduleOf(root, example, entries, exports) {
  const code = example.lines.map((l) => l.text).join('\n');
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declares = source.statements.some((s) =>
    s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword),
  );
  const used = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const name of topLevelNames(source)) used.delete(name);

  const byModule = new Map();
  const order = candidates(root, example.file, example.pkg, entries);
  for (const name of [...used].sort()) {
    if (name === 'z') {
      byModule.set('zod', null);
      continue;
    }
    for (const specifier of order) {
      const isValue = exports.get(specifier)?.get(name);
      if (isValue === undefined) continue;
      if (!byModule.has(specifier)) byModule.set(specifier, []);
      byModule.get(specifier).push(isValue ? name : `type ${name}`);
      break;
    }
  }
  const imports = [...byModule].map(([specifier, names]) =>
    names === null ? "import * as z from 'zod';" : `import { ${names.join(', ')} } from '${specifier}';`,
  );
  // One line of imports keeps the block's lines one below where they are in the file.
  if (imports.length === 0) return { text: `${code}\n`, offset: 0, declares, imports };
  return { text: `${imports.join(' ')}\n${code}\n`, offset: 1, declares, imports };
}

/** `packages/core/src/a.ts:12:5` for a position in a block's module. */
export function sourcePosition(example, offset, line, character) {
  const at = example.lines[line - offset];
  if (!at) return `${example.file}:${example.line}`;
  return `${example.file}:${at.line}:${at.column + character + 1}`;
}

export const relativeTo = (root, path) => relative(root, path).split(sep).join('/');
