import { ValidationError } from '@opengov-id/core';
import { Parser, type Quad } from 'n3';
import type { Dataset } from '../dataset/schemas.js';
import { datasetsFromGraph, type FromDcatApOptions } from './dcat-ap.js';
import { RdfGraph, type RdfTerm } from './rdf.js';
import type { MappingResult } from './result.js';

/**
 * Reads DCAT-AP in Turtle (or N-Triples, N3) with the `n3` parser and returns every
 * `dcat:Dataset` as a {@link Dataset}. Properties with no place in the model are listed in `lost`
 * (paths start with `datasets[i]`). Throws a `ValidationError` on a syntax error (with the line).
 *
 * @example
 * ```ts
 * const { value: datasets } = fromDcatApTurtle(await (await fetch('https://data.ntbprov.go.id/catalog.ttl')).text());
 * ```
 */
export function fromDcatApTurtle(text: string, options: FromDcatApOptions = {}): MappingResult<Dataset[]> {
  if (typeof text !== 'string') {
    throw ValidationError.single(
      '(root)',
      { id: 'Turtle harus berupa teks.', en: 'Turtle must be text.' },
      'invalid_turtle',
    );
  }
  let quads: Quad[];
  try {
    quads = new Parser().parse(text);
  } catch (error) {
    const line = /line (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw ValidationError.single(
      '(root)',
      {
        id: `Sintaks Turtle tidak valid${line ? ` pada baris ${line}` : ''}.`,
        en: `Invalid Turtle syntax${line ? ` on line ${line}` : ''}.`,
      },
      'invalid_turtle',
    );
  }
  const g = new RdfGraph();
  const key = (t: { termType: string; value: string }) =>
    t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
  for (const q of quads) {
    const o = q.object;
    let term: RdfTerm;
    if (o.termType === 'NamedNode') term = { kind: 'iri', value: o.value };
    else if (o.termType === 'BlankNode') term = { kind: 'blank', value: o.value };
    else if (o.termType === 'Literal') {
      const lit: { kind: 'literal'; value: string; datatype?: string; language?: string } = {
        kind: 'literal',
        value: o.value,
      };
      if (o.language) lit.language = o.language;
      else if (o.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string')
        lit.datatype = o.datatype.value;
      term = lit;
    } else continue;
    g.add(key(q.subject), q.predicate.value, term);
  }
  return datasetsFromGraph(g, options);
}
