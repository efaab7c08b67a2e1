import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fastSchema } from '../src/mapping/fast-schema.js';
import { CkanPackage } from '../src/index.js';

const Detailed = z.looseObject({
  id: z.string(),
  when: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .nullish(),
  n: z.number().nullish(),
  flag: z.boolean().optional(),
  kind: z.literal('dataset').optional(),
  v: z.union([z.string(), z.number()]).nullable().optional(),
  tags: z.array(z.looseObject({ name: z.string() })).nullish(),
});
const Fast = fastSchema(Detailed);

const near = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    when: fc.oneof(fc.constant('2021-11-30T09:50:08.812727'), fc.string(), fc.constant(null)),
    n: fc.oneof(fc.double(), fc.constant(null), fc.string()),
    flag: fc.oneof(fc.boolean(), fc.constant('true')),
    kind: fc.constantFrom('dataset', 'harvest'),
    v: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
    tags: fc.oneof(
      fc.array(fc.record({ name: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] })),
      fc.constant(null),
    ),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('fastSchema', () => {
  it('accepts exactly what the detailed schema accepts, with the same output and issue paths', () => {
    fc.assert(
      fc.property(fc.oneof(near, fc.jsonValue()), (input) => {
        const a = Detailed.safeParse(input);
        const b = Fast.safeParse(input);
        expect(b.success).toBe(a.success);
        if (a.success && b.success) expect(b.data).toEqual(a.data);
        if (!a.success && !b.success)
          expect(b.error.issues.map((i) => i.path)).toEqual(a.error.issues.map((i) => i.path));
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps nested issue paths through arrays (CkanPackage inside a list)', () => {
    const r = z.array(CkanPackage).safeParse([{ id: 'a', name: 'b', resources: [{ size: {} }] }]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([0, 'resources', 0, 'size']);
  });
});
