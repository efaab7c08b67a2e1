import { HttpError, isOpenGovError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BpsDataResponse,
  CKAN_RESULT_SCHEMAS,
  decodeBpsData,
  readDataJson,
  unwrapDkanReferences,
} from '../src/index.js';
import { type CkanAnswerContext, mapHttpError, parseAnswer, parseEnvelope } from '../src/ckan/parse.js';

const context = (action: string): CkanAnswerContext => ({
  action,
  url: `https://x.test/api/3/action/${action}`,
  method: 'GET',
  status: 200,
  requestId: undefined,
});

/** Runs `fn`; passes when it returns or throws an OpenGovError, fails on anything else. */
function typed(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    return isOpenGovError(error);
  }
}

// Bodies shaped like envelopes reach deeper than arbitrary JSON does.
const envelopeLike = fc.oneof(
  fc.jsonValue(),
  fc.record({
    success: fc.boolean(),
    result: fc.jsonValue(),
    help: fc.oneof(fc.string(), fc.constant(null)),
  }),
  fc.record({
    success: fc.constant(false),
    error: fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.string()))),
  }),
);

describe('random input into every response parser gives a typed result or a typed error', () => {
  it.each(Object.keys(CKAN_RESULT_SCHEMAS))('CKAN %s envelope', (action) => {
    const schema = CKAN_RESULT_SCHEMAS[action as keyof typeof CKAN_RESULT_SCHEMAS];
    fc.assert(
      fc.property(envelopeLike, (body) => typed(() => parseEnvelope(body, schema, context(action)))),
      { numRuns: 2_000 },
    );
  });

  it('CKAN answer text (JSON, HTML, garbage)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string().map((s) => `<html>${s}`),
    );
    fc.assert(
      fc.property(text, (body) =>
        typed(() => parseAnswer(body, CKAN_RESULT_SCHEMAS.package_search, context('package_search'))),
      ),
      { numRuns: 10_000 },
    );
  });

  it('CKAN error bodies of any status map to an HttpError subclass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), envelopeLike, (status, body) => {
        const mapped = mapHttpError(new HttpError('x', { status, body }), 'package_show', 'https://x.test');
        return mapped instanceof Error && isOpenGovError(mapped);
      }),
      { numRuns: 10_000 },
    );
  });

  it('data.json catalogues', () => {
    const catalogue = fc.oneof(
      fc.jsonValue(),
      fc.record({ conformsTo: fc.string(), dataset: fc.array(fc.jsonValue()) }),
      fc.record({
        dataset: fc.array(
          fc.record({
            title: fc.jsonValue(),
            identifier: fc.jsonValue(),
            keyword: fc.jsonValue(),
            publisher: fc.jsonValue(),
          }),
        ),
      }),
    );
    fc.assert(
      fc.property(catalogue, (body) =>
        typed(() => {
          const result = readDataJson(unwrapDkanReferences(body));
          expect(result.datasets.length + result.invalid.length).toBe(
            (body as { dataset: unknown[] }).dataset.length,
          );
        }),
      ),
      { numRuns: 10_000 },
    );
  });

  it('BPS data answers decode or are rejected by the schema', () => {
    const label = fc.record({ val: fc.oneof(fc.nat(999), fc.string({ maxLength: 4 })), label: fc.string() });
    const answer = fc.oneof(
      fc.jsonValue(),
      fc.record({
        status: fc.constant('OK'),
        'data-availability': fc.constant('available'),
        var: fc.array(label, { maxLength: 3 }),
        turvar: fc.array(label, { maxLength: 3 }),
        vervar: fc.array(label, { maxLength: 4 }),
        tahun: fc.array(label, { maxLength: 3 }),
        turtahun: fc.array(label, { maxLength: 3 }),
        datacontent: fc.dictionary(
          fc.stringMatching(/^\d{1,12}$/),
          fc.oneof(fc.double(), fc.string(), fc.constant(null)),
        ),
      }),
    );
    fc.assert(
      fc.property(answer, (body) => {
        const parsed = BpsDataResponse.safeParse(body);
        if (!parsed.success) return true;
        const decoded = decodeBpsData(parsed.data);
        const keys = Object.keys(parsed.data.datacontent);
        // Every key is either decoded into at least one row or reported as unmatched.
        return keys.every((k) => decoded.unmatchedKeys.includes(k) || decoded.rows.some((r) => r.key === k));
      }),
      { numRuns: 10_000 },
    );
  });
});
