import { ValidationError } from '@opengov-id/core';

/**
 * The SDK's extension namespace for Satu Data properties that DCAT-AP has no term for (Walidata,
 * Pembina Data, Standar Data, Kode Referensi, Data Induk, ...).
 *
 * @example
 * ```ts
 * `${SATUDATA_NAMESPACE}walidata`; // the walidata property IRI
 * ```
 */
export const SATUDATA_NAMESPACE = 'https://opengov-id.github.io/sdk/ns/satudata#';

/** The prefixes used in the JSON-LD this SDK writes, and known when reading. */
export const RDF_PREFIXES: Readonly<Record<string, string>> = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  owl: 'http://www.w3.org/2002/07/owl#',
  adms: 'http://www.w3.org/ns/adms#',
  locn: 'http://www.w3.org/ns/locn#',
  schema: 'http://schema.org/',
  sdi: SATUDATA_NAMESPACE,
};

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** One RDF term: an IRI, a blank node, or a literal. */
export type RdfTerm =
  | { readonly kind: 'iri'; readonly value: string }
  | { readonly kind: 'blank'; readonly value: string }
  | {
      readonly kind: 'literal';
      readonly value: string;
      readonly datatype?: string;
      readonly language?: string;
    };

/** A small in-memory graph: subject → predicate → objects, in insertion order. */
export class RdfGraph {
  readonly subjects = new Map<string, Map<string, RdfTerm[]>>();

  add(subject: string, predicate: string, object: RdfTerm): void {
    let preds = this.subjects.get(subject);
    if (!preds) {
      preds = new Map();
      this.subjects.set(subject, preds);
    }
    const list = preds.get(predicate);
    if (list) list.push(object);
    else preds.set(predicate, [object]);
  }

  values(subject: string, predicate: string): RdfTerm[] {
    return this.subjects.get(subject)?.get(predicate) ?? [];
  }

  predicates(subject: string): Map<string, RdfTerm[]> {
    return this.subjects.get(subject) ?? new Map();
  }

  /** Subjects with `rdf:type` `type`. */
  ofType(type: string): string[] {
    const out: string[] = [];
    for (const [s, preds] of this.subjects) {
      if (preds.get(RDF_TYPE)?.some((t) => t.kind === 'iri' && t.value === type)) out.push(s);
    }
    return out;
  }
}

/** A node key in {@link RdfGraph}: IRIs as they are, blank nodes as `_:label`. */
export const nodeKey = (t: RdfTerm): string | undefined =>
  t.kind === 'iri' ? t.value : t.kind === 'blank' ? `_:${t.value}` : undefined;

/** Shortens an IRI with the known prefixes (for `lost` reports). */
export function compactIri(iri: string): string {
  for (const [prefix, base] of Object.entries(RDF_PREFIXES)) {
    if (iri.startsWith(base)) return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

interface TermDefinition {
  id: string;
  type?: string;
}

interface Context {
  terms: Map<string, TermDefinition>;
  vocab?: string;
  base?: string;
  language?: string;
}

function invalid(en: string, id: string): ValidationError {
  return ValidationError.single('(root)', { id, en }, 'invalid_json_ld');
}

/**
 * Reads JSON-LD into an {@link RdfGraph}. Covers what DCAT catalogues use: inline `@context`
 * (prefixes, terms with `@id`/`@type`, `@vocab`, `@base`, `@language`), `@graph`, nested and
 * referenced nodes, `@type`, value objects, `@list`/`@set`. A remote context (a URL string) cannot
 * be fetched here, except the known DCAT-US catalog context, which is read as plain keys.
 */
export function jsonLdToGraph(input: unknown): RdfGraph {
  let doc = input;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      throw invalid('The JSON-LD document is not valid JSON.', 'Dokumen JSON-LD bukan JSON yang valid.');
    }
  }
  if (typeof doc !== 'object' || doc === null) {
    throw invalid(
      'A JSON-LD document must be an object or an array.',
      'Dokumen JSON-LD harus berupa objek atau daftar.',
    );
  }
  const graph = new RdfGraph();
  let blank = 0;
  const newBlank = () => `b${blank++}`;

  const withContext = (ctx: Context, local: unknown): Context => {
    if (local === undefined || local === null) return local === null ? { terms: new Map() } : ctx;
    const list = Array.isArray(local) ? local : [local];
    let next: Context = { ...ctx, terms: new Map(ctx.terms) };
    for (const c of list) {
      if (c === null) {
        next = { terms: new Map() };
        continue;
      }
      if (typeof c === 'string') continue; // remote context: keys then fall back to @vocab/prefixes
      if (typeof c !== 'object' || Array.isArray(c)) {
        throw invalid('An @context entry must be an object.', 'Entri @context harus berupa objek.');
      }
      const entries = Object.entries(c as Record<string, unknown>);
      for (const [key, value] of entries) {
        if (key === '@vocab' && typeof value === 'string') next.vocab = value;
        else if (key === '@base' && typeof value === 'string') next.base = value;
        else if (key === '@language' && typeof value === 'string') next.language = value;
      }
      // Two passes so a term may use a prefix defined later in the same context.
      for (let pass = 0; pass < 2; pass++) {
        for (const [key, value] of entries) {
          if (key.startsWith('@')) continue;
          if (typeof value === 'string') next.terms.set(key, { id: expandWith(next, value, true) });
          else if (typeof value === 'object' && value !== null) {
            const v = value as Record<string, unknown>;
            const id =
              typeof v['@id'] === 'string' ? expandWith(next, v['@id'], true) : expandWith(next, key, true);
            const def: TermDefinition = { id };
            if (typeof v['@type'] === 'string') {
              def.type =
                v['@type'] === '@id' || v['@type'] === '@vocab' ? '@id' : expandWith(next, v['@type'], true);
            }
            next.terms.set(key, def);
          }
        }
      }
    }
    return next;
  };

  const expandWith = (ctx: Context, value: string, vocab: boolean): string => {
    if (value.startsWith('@')) return value;
    const term = ctx.terms.get(value);
    if (term && vocab) return term.id;
    const colon = value.indexOf(':');
    if (colon > 0) {
      const prefix = value.slice(0, colon);
      const suffix = value.slice(colon + 1);
      if (!suffix.startsWith('//')) {
        const def = ctx.terms.get(prefix);
        if (def) return def.id + suffix;
        const known = RDF_PREFIXES[prefix];
        if (known && prefix !== 'http' && prefix !== 'https') return known + suffix;
      }
      return value;
    }
    if (vocab && ctx.vocab) return ctx.vocab + value;
    if (!vocab && ctx.base) {
      try {
        return new URL(value, ctx.base).href;
      } catch {
        return value;
      }
    }
    return value;
  };

  const objectTerm = (ctx: Context, def: TermDefinition | undefined, value: unknown): RdfTerm | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string') {
      if (def?.type === '@id') return refTerm(expandWith(ctx, value, false));
      if (def?.type) return { kind: 'literal', value, datatype: def.type };
      return ctx.language ? { kind: 'literal', value, language: ctx.language } : { kind: 'literal', value };
    }
    if (typeof value === 'number') {
      return {
        kind: 'literal',
        value: String(value),
        datatype: `${RDF_PREFIXES['xsd']}${Number.isInteger(value) ? 'integer' : 'double'}`,
      };
    }
    if (typeof value === 'boolean') {
      return { kind: 'literal', value: String(value), datatype: `${RDF_PREFIXES['xsd']}boolean` };
    }
    if (typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      if ('@value' in o) {
        const v = o['@value'];
        if (v === null || v === undefined) return undefined;
        const lit: { kind: 'literal'; value: string; datatype?: string; language?: string } = {
          kind: 'literal',
          value: typeof v === 'string' ? v : JSON.stringify(v),
        };
        if (typeof o['@type'] === 'string') lit.datatype = expandWith(ctx, o['@type'], true);
        if (typeof o['@language'] === 'string') lit.language = o['@language'];
        return lit;
      }
      return node(ctx, o);
    }
    return undefined;
  };

  const refTerm = (iri: string): RdfTerm =>
    iri.startsWith('_:') ? { kind: 'blank', value: iri.slice(2) } : { kind: 'iri', value: iri };

  const node = (parentCtx: Context, o: Record<string, unknown>): RdfTerm => {
    const ctx = withContext(parentCtx, o['@context']);
    const rawId = o['@id'];
    const subject: RdfTerm =
      typeof rawId === 'string'
        ? refTerm(expandWith(ctx, rawId, false))
        : { kind: 'blank', value: newBlank() };
    const key = nodeKey(subject) as string;
    if (!graph.subjects.has(key)) graph.subjects.set(key, new Map());
    for (const [k, v] of Object.entries(o)) {
      if (k === '@context' || k === '@id') continue;
      if (k === '@type') {
        for (const t of Array.isArray(v) ? v : [v]) {
          if (typeof t === 'string') graph.add(key, RDF_TYPE, refTerm(expandWith(ctx, t, true)));
        }
        continue;
      }
      if (k === '@graph') {
        for (const n of Array.isArray(v) ? v : [v])
          if (typeof n === 'object' && n !== null) node(ctx, n as never);
        continue;
      }
      if (k.startsWith('@')) continue;
      const def = ctx.terms.get(k);
      const predicate = def?.id ?? expandWith(ctx, k, true);
      if (!predicate.includes(':')) continue; // no IRI for this key: JSON-LD drops it too
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        const inner =
          typeof item === 'object' &&
          item !== null &&
          !Array.isArray(item) &&
          ('@list' in item || '@set' in item)
            ? ((item as Record<string, unknown>)['@list'] ?? (item as Record<string, unknown>)['@set'])
            : [item];
        for (const x of Array.isArray(inner) ? inner : [inner]) {
          const t = objectTerm(ctx, def, x);
          if (t) graph.add(key, predicate, t);
        }
      }
    }
    return subject;
  };

  const root = withContext({ terms: new Map() }, undefined);
  for (const top of Array.isArray(doc) ? doc : [doc]) {
    if (typeof top !== 'object' || top === null || Array.isArray(top)) {
      throw invalid('A JSON-LD node must be an object.', 'Node JSON-LD harus berupa objek.');
    }
    const o = top as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => k !== '@context');
    if (keys.length === 1 && keys[0] === '@graph') {
      const ctx = withContext(root, o['@context']);
      const list = o['@graph'];
      for (const n of Array.isArray(list) ? list : [list]) {
        if (typeof n === 'object' && n !== null && !Array.isArray(n)) node(ctx, n as Record<string, unknown>);
      }
    } else {
      node(root, o);
    }
  }
  return graph;
}
