import * as z from 'zod';
import { REGION_LEVEL_LABELS } from './labels.js';
import { type RegionLevel, tryParseRegionCode } from './code.js';

/** Options for {@link regionCodeSchema}. */
export interface RegionCodeSchemaOptions {
  /** Accept only codes at this level, or at one of these levels. */
  level?: RegionLevel | readonly RegionLevel[];
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
  const levels: readonly RegionLevel[] | undefined =
    options.level === undefined
      ? undefined
      : typeof options.level === 'string'
        ? [options.level]
        : options.level;
  return z
    .string()
    .check((ctx) => {
      const info = tryParseRegionCode(ctx.value);
      if (!info) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'not a valid Kemendagri region code (e.g. 52.07.02.2001 or 5207022001).',
          params: { id: 'bukan kode wilayah Kemendagri yang valid (contoh: 52.07.02.2001 atau 5207022001).' },
        });
      } else if (levels && !levels.includes(info.level)) {
        const en = levels.map((l) => REGION_LEVEL_LABELS[l].en).join(' or ');
        const id = levels.map((l) => REGION_LEVEL_LABELS[l].id).join(' atau ');
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `must be a region code at level ${en}.`,
          params: { id: `harus berupa kode wilayah tingkat ${id}.` },
        });
      }
    })
    .overwrite((value) => tryParseRegionCode(value)?.code ?? value);
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
export const RegionCode: z.ZodString = /* @__PURE__ */ regionCodeSchema();

/** A canonical dotted region code, as output by {@link RegionCode}. */
export type RegionCode = z.output<typeof RegionCode>;
