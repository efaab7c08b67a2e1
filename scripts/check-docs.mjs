#!/usr/bin/env node
// Checks the documentation a reader copies from: every ```ts block of the guides and READMEs is
// typechecked against the packages' source and then run, every relative link and #anchor must
// resolve, and every ```ts block of an `@example` tag in packages/*/src is typechecked (not run:
// many contact a server); how those fragments become modules is in scripts/lib/tsdoc-examples.mjs.
// A markdown block opts out with a comment on the line before its fence, always with a reason:
//   <!-- docs:skip-typecheck reason -->  neither typechecked nor run (keep it rare)
//   <!-- docs:no-run reason -->          typechecked, not run (network, a long-running server)
// Writes a JSON report when given `--json <file>`; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import {
  collectTsdocExamples,
  entryExports,
  moduleOf,
  packageEntries,
  sourcePosition,
} from './lib/tsdoc-examples.mjs';
import { root } from './lib/workspace.mjs';

const out = join(root, '.artifacts', 'docs-check');
const jsonArg = process.argv.indexOf('--json');
const jsonFile = jsonArg > 0 ? process.argv[jsonArg + 1] : undefined;
const RUN_TIMEOUT_MS = 120_000;

/** The markdown files readers follow: the READMEs and everything under docs/ but the generated site. */
function markdownFiles() {
  const files = ['README.md'];
  for (const parent of ['packages', 'examples']) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (existsSync(join(dir, name, 'README.md'))) files.push(`${parent}/${name}/README.md`);
    }
  }
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'docs/api' && entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;
const DIRECTIVE = /^\s*<!--\s*docs:(skip-typecheck|no-run)\b\s*(.*?)\s*-->\s*$/;
const TS_LANGS = new Set(['ts', 'typescript']);

/**
 * Splits a markdown file into its fenced code blocks and its prose lines (code blocks blanked, so
 * that line numbers still match).
 */
function parseMarkdown(text) {
  const lines = text.split('\n');
  const blocks = [];
  const prose = [];
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!open) {
      const m = FENCE.exec(line);
      if (m) {
        let directive;
        let j = i - 1;
        while (j >= 0 && lines[j].trim() === '') j--;
        const d = j >= 0 ? DIRECTIVE.exec(lines[j]) : null;
        if (d) directive = { kind: d[1], reason: d[2].trim(), line: j + 1 };
        open = {
          indent: m[1].length,
          fence: m[2],
          lang: m[3].toLowerCase(),
          start: i + 1,
          body: [],
          directive,
        };
        prose.push('');
        continue;
      }
      prose.push(line);
      continue;
    }
    const close = line.trim();
    if (close.startsWith(open.fence[0].repeat(open.fence.length)) && /^[`~]+$/.test(close)) {
      blocks.push({ ...open, end: i + 1, code: open.body.join('\n') });
      open = undefined;
    } else {
      // Content of an indented fence (inside a list item) loses the fence's indentation.
      open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
    prose.push('');
  }
  return { blocks, prose };
}

/** Heading text as the renderers see it: `code` kept by GitHub, dropped by TypeDoc. */
function headingTexts(raw) {
  const base = raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*)/g, '');
  return { github: base.replace(/`([^`]*)`/g, '$1'), typedoc: base.replace(/`[^`]*`/g, '') };
}

// github-slugger: lower case, drop everything but letters, marks, numbers, `_`, `-` and spaces.
const githubSerialize = (text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
// TypeDoc 0.28's Slugger.serialize, lower-cased (its default `sluggerConfiguration`).
const typedocSerialize = (text) =>
  (
    text
      .trim()
      .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
      .replace(/\s/g, '-')
      .replace(/--+/, '-') || '_'
  ).toLocaleLowerCase();

function slugger(serialize) {
  const seen = new Map();
  return (text) => {
    const base = serialize(text);
    let slug = base;
    if (seen.has(base)) {
      let count = seen.get(base);
      do {
        count++;
        slug = `${base}-${count}`;
      } while (seen.has(slug));
      seen.set(base, count);
    }
    seen.set(slug, 0);
    return slug;
  };
}

const anchorCache = new Map();
/** The anchors of a markdown file: slugs of both renderers, plus explicit `<a id>` / `<a name>`. */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  const { prose } = parseMarkdown(readFileSync(file, 'utf8'));
  const github = new Set();
  const typedoc = new Set();
  const gh = slugger(githubSerialize);
  const td = slugger(typedocSerialize);
  for (const line of prose) {
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (h) {
      const texts = headingTexts(h[1]);
      github.add(gh(texts.github));
      typedoc.add(td(texts.typedoc));
    }
    for (const a of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) {
      github.add(a[1]);
      typedoc.add(a[1]);
    }
  }
  anchors = { github, typedoc };
  anchorCache.set(file, anchors);
  return anchors;
}

/** Every link target in the prose, with its line: inline links, images, references, HTML href/src. */
function linksOf(prose) {
  const links = [];
  prose.forEach((raw, i) => {
    const line = raw.replace(/(`+)(?:(?!\1).)*?\1/g, (span) => ' '.repeat(span.length));
    for (const m of line.matchAll(/\]\(\s*<([^>]+)>|\]\(\s*([^)\s]+)/g))
      links.push({ target: m[1] ?? m[2], line: i + 1 });
    const ref = /^\s*\[[^\]]+\]:\s*<?([^\s>]+)/.exec(line);
    if (ref) links.push({ target: ref[1], line: i + 1 });
    for (const m of line.matchAll(/\b(?:href|src)="([^"]+)"/g)) links.push({ target: m[1], line: i + 1 });
  });
  return links;
}

/** Why a relative link does not resolve, or undefined when it does (external links are skipped). */
function checkLink(file, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined;
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash >= 0 ? target.slice(0, hash) : target);
  const anchor = hash >= 0 ? decodeURIComponent(target.slice(hash + 1)) : '';
  const absolute = pathPart === '' ? join(root, file) : resolve(dirname(join(root, file)), pathPart);
  if (pathPart.startsWith('/')) return 'use a relative path, not one from the site root';
  if (!absolute.startsWith(root + sep) && absolute !== root) return 'points outside the repository';
  if (!existsSync(absolute)) return `${relative(root, absolute)} does not exist`;
  if (anchor === '') return undefined;
  if (!absolute.endsWith('.md') || statSync(absolute).isDirectory()) {
    return `#${anchor}: anchors are only checked in markdown files, link to the file without one`;
  }
  const { github, typedoc } = anchorsOf(absolute);
  if (!github.has(anchor)) return `#${anchor} is not a heading of ${relative(root, absolute)} (GitHub slugs)`;
  if (!typedoc.has(anchor)) {
    return `#${anchor} exists on GitHub but not in the TypeDoc site: keep \`code\` and dashes out of that heading`;
  }
  return undefined;
}

/** Rewrites `./x` and `../x` specifiers so a block resolves them from its markdown file's folder. */
function rewriteRelativeImports(code, mdFile, blockFile) {
  return code.replace(
    /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g,
    (_, lead, quote, spec) => {
      let rel = relative(dirname(blockFile), resolve(dirname(join(root, mdFile)), spec))
        .split(sep)
        .join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${lead}${quote}${rel}${quote}`;
    },
  );
}

const siteDocuments = (() => {
  const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
  return (config.projectDocuments ?? []).map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\/?/g, '\u0000')
          .replace(/\*/g, '[^/]*')
          .replaceAll('\u0000', '(?:.*/)?')}$`,
      ),
  );
})();

// ── collect ────────────────────────────────────────────────────────────────────────────────────
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);

const reports = [];
const blockFiles = new Map(); // absolute .ts path -> { report, block }
for (const file of markdownFiles()) {
  const { blocks, prose } = parseMarkdown(readFileSync(join(root, file), 'utf8'));
  const report = { file, blocks: 0, skipped: 0, notRun: 0, ran: 0, links: 0, errors: [] };
  reports.push(report);
  if (file.startsWith('docs/') && !siteDocuments.some((pattern) => pattern.test(file))) {
    report.errors.push(`${file}: not in the documentation site: add it to projectDocuments in typedoc.json`);
  }

  for (const link of linksOf(prose)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.target) || link.target.startsWith('//')) continue;
    report.links++;
    const problem = checkLink(file, link.target);
    if (problem) report.errors.push(`${file}:${link.line}: link ${link.target}: ${problem}`);
  }

  let n = 0;
  for (const block of blocks) {
    if (block.directive && !block.directive.reason) {
      report.errors.push(`${file}:${block.directive.line}: docs:${block.directive.kind} needs a reason`);
    }
    if (!TS_LANGS.has(block.lang)) {
      if (block.directive) {
        report.errors.push(
          `${file}:${block.directive.line}: docs:${block.directive.kind} before a non-TypeScript block`,
        );
      }
      continue;
    }
    if (block.directive?.kind === 'skip-typecheck') {
      report.skipped++;
      continue;
    }
    n++;
    report.blocks++;
    if (block.directive?.kind === 'no-run') report.notRun++;
    const path = join(out, ...file.split('/'), `block-${String(n).padStart(2, '0')}-line-${block.start}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${rewriteRelativeImports(block.code, file, path)}\n`);
    blockFiles.set(path, { report, block });
  }
}

// ── typecheck: one program, the repository's compiler options, the packages' source ────────────
const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
const options = {
  ...parsed.options,
  noEmit: true,
  declaration: false,
  declarationMap: false,
  sourceMap: false,
  composite: false,
  types: ['node'],
};

// The TSDoc examples: the packages' entry points are read first, for the names a fragment may
// use without importing them; the program of all blocks then reuses those source files.
const entries = packageEntries(root);
const entryProgram = ts.createProgram({
  rootNames: [...entries.values()].flatMap((p) => p.list.map((e) => e.source)),
  options,
});
const exported = entryExports(entryProgram, entries);
const tsdocReports = new Map();
for (const example of collectTsdocExamples(root)) {
  const folder = `packages/${example.pkg}/src`;
  let report = tsdocReports.get(folder);
  if (!report) {
    report = {
      file: folder,
      tsdoc: true,
      blocks: 0,
      declares: 0,
      skipped: 0,
      notRun: 0,
      ran: 0,
      links: 0,
      errors: [],
    };
    tsdocReports.set(folder, report);
    reports.push(report);
  }
  const module = moduleOf(root, example, entries, exported);
  report.blocks++;
  report.notRun++;
  if (module.declares) report.declares++;
  const path = join(out, 'tsdoc', ...example.file.split('/'), `line-${example.line}.ts`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, module.text);
  blockFiles.set(path, { report, block: { tsdoc: example, offset: module.offset } });
}

const program = ts.createProgram({ rootNames: [...blockFiles.keys()], options, oldProgram: entryProgram });
const failedToCompile = new Set();
const setupErrors = [];
for (const d of ts.getPreEmitDiagnostics(program)) {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const owner = d.file ? blockFiles.get(resolve(d.file.fileName)) : undefined;
  if (!owner) {
    const where = d.file ? `${relative(root, d.file.fileName)}: ` : '';
    setupErrors.push(`${where}TS${d.code}: ${message}`);
    continue;
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  const { tsdoc, offset } = owner.block;
  owner.report.errors.push(
    tsdoc
      ? `${sourcePosition(tsdoc, offset, line, character)}: TS${d.code} in the @example block at ${tsdoc.file}:${tsdoc.line}: ${message}`
      : `${owner.report.file}:${owner.block.start + 1 + line}:${character + 1}: TS${d.code}: ${message}`,
  );
  failedToCompile.add(resolve(d.file.fileName));
}

// ── run: every block that compiled, in document order, in one Node process on the source ───────
const toRun = [...blockFiles].filter(
  ([path, { block }]) => !block.tsdoc && block.directive?.kind !== 'no-run' && !failedToCompile.has(path),
);
const runner = join(out, 'run.mjs');
const results = join(out, 'run-results.json');
writeFileSync(
  runner,
  `// Generated by scripts/check-docs.mjs: imports each block in turn and records what it threw.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const files = ${JSON.stringify(toRun.map(([path]) => path))};
const results = {};
let current;
process.on('unhandledRejection', (error) => { if (current) results[current] ??= String(error?.stack ?? error); });
for (const file of files) {
  current = file;
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    results[file] = String(error?.stack ?? error);
  }
  await new Promise((done) => setTimeout(done, 0));
}
writeFileSync(${JSON.stringify(results)}, JSON.stringify(results));
process.exit(0);
`,
);
let runFailure;
if (toRun.length > 0) {
  const run = spawnSync(process.execPath, ['--conditions=@opengov-id/source', '--import', 'tsx', runner], {
    cwd: out,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  writeFileSync(join(out, 'run.log'), `${run.stdout ?? ''}${run.stderr ?? ''}`);
  if (run.status !== 0 || !existsSync(results)) {
    runFailure = `the blocks did not finish running (status ${run.status ?? run.signal}); see ${relative(root, join(out, 'run.log'))}`;
  } else {
    const thrown = JSON.parse(readFileSync(results, 'utf8'));
    for (const [path, { report, block }] of toRun) {
      report.ran++;
      if (thrown[path]) {
        report.errors.push(`${report.file}:${block.start}: the block threw when run:\n${thrown[path]}`);
      }
    }
  }
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────
const summary = [];
for (const r of reports) {
  r.ok = r.errors.length === 0;
  const counts = r.tsdoc
    ? `${r.blocks} TSDoc @example block${r.blocks === 1 ? '' : 's'} typechecked${r.declares ? ` (${r.declares} with a declared context value)` : ''}`
    : `${r.blocks} ts block${r.blocks === 1 ? '' : 's'} typechecked (${r.ran} run${r.skipped ? `, ${r.skipped} skipped` : ''}), ${r.links} link${r.links === 1 ? '' : 's'}`;
  r.name = `${r.file}: ${counts}`;
  console.log(`${r.ok ? '✔' : '✖'} ${r.name}`);
  for (const e of r.errors) console.log(`    ${e.replaceAll('\n', '\n    ')}`);
}
const general = [...setupErrors];
if (runFailure) general.push(runFailure);
if (general.length) {
  console.log('✖ docs check setup');
  for (const e of general) console.log(`    ${e}`);
  summary.push({ name: 'docs check setup', ok: false, errors: general });
}
const total = (key) => reports.reduce((sum, r) => sum + r[key], 0);
const tsdocTotal = (key) => [...tsdocReports.values()].reduce((sum, r) => sum + r[key], 0);
console.log(
  `docs: ${reports.length - tsdocReports.size} files, ${total('blocks') - tsdocTotal('blocks')} TypeScript blocks typechecked, ` +
    `${total('ran')} run, ${total('skipped')} skipped, ${total('links')} relative links checked; ` +
    `${tsdocTotal('blocks')} TSDoc @example blocks typechecked (${tsdocTotal('declares')} with a declared context value)`,
);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify([...reports, ...summary], null, 2));
process.exit(reports.every((r) => r.ok) && general.length === 0 ? 0 : 1);
