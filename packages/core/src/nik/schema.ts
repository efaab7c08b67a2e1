import * as z from 'zod';
import { reasonText } from './errors.js';
import { today } from '../calendar/zone.js';
import { type IdNumberKind, normalizeIdNumber, parseIdNumber } from './parse.js';

function keepOrNormalize(input: string): string {
  const digits = normalizeIdNumber(input);
  return digits === 'format' || digits === 'length' ? input : digits;
}

function refineFor(kind: IdNumberKind) {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    const reason = parseIdNumber(value, kind, today(), undefined, false);
    if (typeof reason !== 'string') return;
    const text = reasonText(kind, reason);
    // describeIssue() reads the Indonesian text from params.id; the value is never echoed.
    ctx.addIssue({ code: 'custom', message: text.en, params: { id: text.id, reason } });
  };
}

// Built in a function so the PURE annotation lets bundlers drop an unused schema.
function idNumberSchema(kind: IdNumberKind): z.ZodString {
  return z.string().overwrite(keepOrNormalize).superRefine(refineFor(kind));
}

/**
 * A NIK field: a string that passes {@link decodeNik}'s rules, output as 16 bare digits
 * (separators removed). Invalid input gives a custom issue with an Indonesian message in
 * `params.id`, which {@link describeIssue} and {@link parseWith} turn into a bilingual message.
 * The century is inferred against today in Asia/Makassar.
 *
 * @example
 * ```ts
 * const Resident = z.object({ nik: Nik });
 * Resident.parse({ nik: '5207 0245 0705 0001' }); // => { nik: '5207024507050001' }
 * parseWith(Resident, { nik: '5207023207050001' }); // throws ValidationError: "Field `nik`: the birth day ..."
 * ```
 */
export const Nik: z.ZodString = /* @__PURE__ */ idNumberSchema('nik');

/** A NIK as 16 bare digits, the output of the {@link Nik} schema. */
export type Nik = z.output<typeof Nik>;

/**
 * A No. KK field: a string that passes {@link decodeNoKk}'s rules, output as 16 bare digits.
 *
 * @example
 * ```ts
 * const Family = z.object({ noKk: NoKk });
 * Family.parse({ noKk: '5207.0215.0318.0004' }); // => { noKk: '5207021503180004' }
 * ```
 */
export const NoKk: z.ZodString = /* @__PURE__ */ idNumberSchema('no_kk');

/** A No. KK as 16 bare digits, the output of the {@link NoKk} schema. */
export type NoKk = z.output<typeof NoKk>;
