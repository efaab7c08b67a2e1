import * as z from 'zod';
import { analyze, DETAIL, type RegionLevel, tryParseRegionCode } from './code.js';
import { REGION_LEVEL_LABELS } from './labels.js';

/** Options for {@link regionCodeSchema}. */
export interface RegionCodeSchemaOptions {
  /** Accept only codes at this level, or at one of these levels. */
  level?: RegionLevel | readonly RegionLevel[];
}

// Any level: the structure check and the canonical output. Kept apart from the level check so
// that `RegionCode` does not carry the level labels.
function anyLevel(): z.ZodString {
  return z
    .string()
    .check((ctx) => {
      const result = analyze(ctx.value);
      if (typeof result === 'string') {
        const [id, en] = DETAIL[result];
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `not a valid Kemendagri region code: ${en}`,
          params: { id: `bukan kode wilayah Kemendagri yang valid: ${id}` },
        });
      }
    })
    .overwrite((value) => tryParseRegionCode(value)?.code ?? value);
}

/**
 * A zod schema for a Kemendagri region code: accepts the dotted or bare form and outputs the
 * canonical dotted form. Structure only; use `getRegion` to check that the code exists.
 *
 * @example
 * ```ts
 * const Village = regionCodeSchema({ level: 'desa_kelurahan' });
 * Village.parse('5207022001'); // => '52.07.02.2001'
 * Village.safeParse('52.07.02').success; // => false
 * ```
 */
export function regionCodeSchema(options: RegionCodeSchemaOptions = {}): z.ZodString {
  if (options.level === undefined) return anyLevel();
  const levels: readonly RegionLevel[] = typeof options.level === 'string' ? [options.level] : options.level;
  // Runs on the canonical output; a code that failed the structure check is left alone.
  return anyLevel().check((ctx) => {
    const info = tryParseRegionCode(ctx.value);
    if (info && !levels.includes(info.level)) {
      const en = levels.map((l) => REGION_LEVEL_LABELS[l].en).join(' or ');
      const id = levels.map((l) => REGION_LEVEL_LABELS[l].id).join(' atau ');
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `must be a region code at level ${en}.`,
        params: { id: `harus berupa kode wilayah tingkat ${id}.` },
      });
    }
  });
}

/**
 * A Kemendagri region code at any level, dotted or bare in, canonical dotted out.
 *
 * @example
 * ```ts
 * const Form = z.object({ desa: RegionCode });
 * Form.parse({ desa: '5207022001' }); // => { desa: '52.07.02.2001' }
 * ```
 */
export const RegionCode: z.ZodString = /* @__PURE__ */ anyLevel();

/** A canonical dotted region code, as output by {@link RegionCode}. */
export type RegionCode = z.output<typeof RegionCode>;
