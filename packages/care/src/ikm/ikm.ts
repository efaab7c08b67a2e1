import { type LocalizedMessage, ValidationError } from '@opengov-id/core';

/**
 * One unsur (element) of the Survei Kepuasan Masyarakat.
 *
 * @example
 * ```ts
 * const u: IkmUnsur = { code: 'U1', label: { id: 'Persyaratan', en: 'Requirements' } };
 * ```
 */
export interface IkmUnsur {
  /** Stable code; answers are keyed by it, so a survey may order questions as it likes. */
  readonly code: string;
  /** Name in both languages. */
  readonly label: LocalizedMessage;
}

/**
 * The nine unsur of PermenPAN-RB 14/2017 (Pedoman Penyusunan SKM), in the regulation's order.
 * Implementations reorder them, so results are keyed by code.
 *
 * @example
 * ```ts
 * IKM_UNSUR.map((u) => u.code); // => ['U1', ..., 'U9']
 * ```
 */
export const IKM_UNSUR: readonly IkmUnsur[] = [
  { code: 'U1', label: { id: 'Persyaratan', en: 'Requirements' } },
  { code: 'U2', label: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' } },
  { code: 'U3', label: { id: 'Waktu Penyelesaian', en: 'Completion time' } },
  { code: 'U4', label: { id: 'Biaya/Tarif', en: 'Cost/fee' } },
  { code: 'U5', label: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Service product specification' } },
  { code: 'U6', label: { id: 'Kompetensi Pelaksana', en: 'Staff competence' } },
  { code: 'U7', label: { id: 'Perilaku Pelaksana', en: 'Staff behaviour' } },
  {
    code: 'U8',
    label: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints and suggestions' },
  },
  { code: 'U9', label: { id: 'Sarana dan Prasarana', en: 'Facilities' } },
];

/**
 * Mutu (grade) of a service unit.
 *
 * @example
 * ```ts
 * const m: IkmMutu = 'A';
 * ```
 */
export type IkmMutu = 'A' | 'B' | 'C' | 'D';

/**
 * The interpretation table of PermenPAN-RB 14/2017 on the converted (25–100) scale, lower bounds
 * only: the NI column of the table has gaps (2.5996–2.60, 3.064–3.0644), the converted one has
 * none once values are taken to two decimals.
 *
 * @example
 * ```ts
 * IKM_MUTU_TABLE[0]; // => { min: 88.31, mutu: 'A', kinerja: { id: 'Sangat Baik', en: 'Very good' } }
 * ```
 */
export const IKM_MUTU_TABLE: ReadonlyArray<{
  readonly min: number;
  readonly mutu: IkmMutu;
  readonly kinerja: LocalizedMessage;
}> = [
  { min: 88.31, mutu: 'A', kinerja: { id: 'Sangat Baik', en: 'Very good' } },
  { min: 76.61, mutu: 'B', kinerja: { id: 'Baik', en: 'Good' } },
  { min: 65.0, mutu: 'C', kinerja: { id: 'Kurang Baik', en: 'Fair' } },
  { min: 25.0, mutu: 'D', kinerja: { id: 'Tidak Baik', en: 'Poor' } },
];

/** Two decimals, as the regulation's table is written (`88.305` counts as `88.31`). */
const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * Mutu and kinerja of an IKM value on the 25–100 scale (rounded to two decimals first).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a value outside 25–100.
 * @example
 * ```ts
 * classifyIkm(88.31).mutu; // => 'A'
 * classifyIkm(88.3).mutu; // => 'B'
 * ```
 */
export function classifyIkm(value: number): { mutu: IkmMutu; kinerja: LocalizedMessage } {
  const v = round2(value);
  if (!Number.isFinite(v) || v < 25 || v > 100)
    throw ValidationError.single(
      'value',
      { id: 'Nilai IKM harus antara 25 dan 100.', en: 'The IKM value must be between 25 and 100.' },
      'invalid_ikm',
    );
  const row = IKM_MUTU_TABLE.find((r) => v >= r.min) as (typeof IKM_MUTU_TABLE)[number];
  return { mutu: row.mutu, kinerja: row.kinerja };
}

/**
 * The Krejcie & Morgan (1970) minimum sample that PermenPAN-RB 14/2017 uses:
 * S = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest
 * whole number (which reproduces the published table: 50 → 44, 500 → 217).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} unless `population` is a whole number ≥ 1.
 * @example
 * ```ts
 * requiredSampleSize(100); // => 80
 * requiredSampleSize(1_000); // => 278
 * requiredSampleSize(1_000_000); // => 384
 * ```
 */
export function requiredSampleSize(population: number): number {
  if (!Number.isInteger(population) || population < 1)
    throw ValidationError.single(
      'population',
      {
        id: 'Kolom `population` harus bilangan bulat 1 atau lebih.',
        en: 'Field `population` must be a whole number, 1 or more.',
      },
      'invalid_population',
    );
  const chi2 = 3.841;
  const p = 0.5;
  const d = 0.05;
  return Math.round((chi2 * population * p * (1 - p)) / (d * d * (population - 1) + chi2 * p * (1 - p)));
}

/**
 * One respondent's answers: a value 1–4 per unsur code (1 tidak baik … 4 sangat baik). An unsur
 * left out was not answered and does not count for that unsur. `unit` groups results per
 * service unit.
 *
 * @example
 * ```ts
 * const r: IkmResponse = { unit: 'Disdukcapil KSB', answers: { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 } };
 * ```
 */
export interface IkmResponse {
  readonly unit?: string;
  readonly answers: Readonly<Record<string, number>>;
}

/** Options of {@link computeIkm}. */
export interface ComputeIkmOptions {
  /** The unsur surveyed. @defaultValue {@link IKM_UNSUR} */
  unsur?: readonly IkmUnsur[];
  /**
   * `exact`: index = mean(NRR) × 25 (weight 1/9 for nine unsur). `legacy`: Σ(NRR × 0.111) × 25, as
   * copies of the regulation print it (caps at 99.9). @defaultValue 'exact'
   */
  weight?: 'exact' | 'legacy';
  /** Users of the service in the period: enables the Krejcie–Morgan sample check. */
  population?: number;
}

/**
 * The result for one unsur.
 *
 * @example
 * ```ts
 * declare const responses: IkmResponse[]; // the survey's answers
 * const result = computeIkm(responses);
 * const u: IkmUnsurResult = result.overall.perUnsur[0]!;
 * u.nrr; // mean answer, 1–4
 * ```
 */
export interface IkmUnsurResult {
  readonly code: string;
  readonly label: LocalizedMessage;
  /** Respondents who answered it. */
  readonly n: number;
  /** Sum of answers. */
  readonly total: number;
  /** Nilai rata-rata: total / n (`null` when nobody answered). */
  readonly nrr: number | null;
  /** NRR × 25. */
  readonly converted: number | null;
}

/**
 * An IKM result: per unsur, the index (1–4 and 25–100), mutu and kinerja.
 *
 * @example
 * ```ts
 * declare const responses: IkmResponse[]; // the survey's answers
 * const r: IkmSummary = computeIkm(responses).overall;
 * ```
 */
export interface IkmSummary {
  readonly respondents: number;
  readonly perUnsur: readonly IkmUnsurResult[];
  /** The index on the 1–4 scale (IKM before conversion). */
  readonly index: number;
  /** The index on the 25–100 scale (unrounded). */
  readonly ikm: number;
  /** `ikm` to two decimals, as published. */
  readonly ikmRounded: number;
  readonly mutu: IkmMutu;
  readonly kinerja: LocalizedMessage;
}

/**
 * {@link computeIkm}'s answer: the overall result, per service unit, and the sample check.
 *
 * @example
 * ```ts
 * declare const responses: IkmResponse[]; // the survey's answers
 * const r: IkmResult = computeIkm(responses, { population: 1_000 });
 * r.sample?.shortfall; // respondents still missing
 * ```
 */
export interface IkmResult {
  readonly overall: IkmSummary;
  readonly perUnit: Readonly<Record<string, IkmSummary>>;
  /** Present when `population` was given. The shortfall is reported, not refused. */
  readonly sample: {
    readonly population: number;
    readonly required: number;
    readonly actual: number;
    readonly shortfall: number;
  } | null;
}

function summarize(
  responses: readonly IkmResponse[],
  unsur: readonly IkmUnsur[],
  weight: 'exact' | 'legacy',
): IkmSummary {
  const totals = unsur.map(() => 0);
  const counts = unsur.map(() => 0);
  for (const r of responses) {
    for (let i = 0; i < unsur.length; i++) {
      const v = r.answers[(unsur[i] as IkmUnsur).code];
      if (v === undefined) continue;
      totals[i] = (totals[i] as number) + v;
      counts[i] = (counts[i] as number) + 1;
    }
  }
  const perUnsur = unsur.map((u, i) => {
    const n = counts[i] as number;
    const nrr = n === 0 ? null : (totals[i] as number) / n;
    return {
      code: u.code,
      label: u.label,
      n,
      total: totals[i] as number,
      nrr,
      converted: nrr === null ? null : nrr * 25,
    };
  });
  const filled = perUnsur.filter((u) => u.nrr !== null) as Array<IkmUnsurResult & { nrr: number }>;
  if (filled.length === 0)
    throw ValidationError.single(
      'responses',
      { id: 'Tidak ada jawaban untuk dihitung.', en: 'There are no answers to compute.' },
      'no_answers',
    );
  const sum = filled.reduce((s, u) => s + u.nrr, 0);
  const index = weight === 'legacy' ? filled.reduce((s, u) => s + u.nrr * 0.111, 0) : sum / filled.length;
  const ikm = index * 25;
  const ikmRounded = round2(ikm);
  return { respondents: responses.length, perUnsur, index, ikm, ikmRounded, ...classifyIkm(ikm) };
}

function check(responses: readonly IkmResponse[], unsur: readonly IkmUnsur[]): void {
  const codes = new Set(unsur.map((u) => u.code));
  responses.forEach((r, i) => {
    if (typeof r !== 'object' || r === null || typeof r.answers !== 'object' || r.answers === null)
      throw ValidationError.single(`responses[${i}].answers`, {
        id: `Kolom \`responses[${i}].answers\` wajib berupa objek.`,
        en: `Field \`responses[${i}].answers\` must be an object.`,
      });
    for (const [code, v] of Object.entries(r.answers)) {
      const field = `responses[${i}].answers.${code}`;
      if (!codes.has(code))
        throw ValidationError.single(
          field,
          { id: `Unsur \`${code}\` tidak dikenal.`, en: `Unknown unsur \`${code}\`.` },
          'unknown_unsur',
        );
      if (v !== 1 && v !== 2 && v !== 3 && v !== 4)
        throw ValidationError.single(
          field,
          { id: `Kolom \`${field}\` harus 1, 2, 3, atau 4.`, en: `Field \`${field}\` must be 1, 2, 3 or 4.` },
          'invalid_answer',
        );
    }
  });
}

/**
 * Computes the Indeks Kepuasan Masyarakat per PermenPAN-RB 14/2017: NRR per unsur (Σ answers /
 * respondents who answered), the index (mean NRR, or Σ NRR × 0.111 with the legacy weight), × 25
 * for the 25–100 scale, mutu and kinerja, overall and per service unit, and the Krejcie–Morgan
 * sample check when `population` is given.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the answer that is not 1–4 or of an unknown unsur.
 * @example
 * ```ts
 * declare const responses: IkmResponse[]; // the survey's answers
 * const result = computeIkm(responses, { population: 1_000 });
 * result.overall.ikmRounded; // e.g. 82.5
 * result.overall.mutu; // 'B'
 * result.sample; // { population: 1000, required: 278, actual: 150, shortfall: 128 }
 * ```
 */
export function computeIkm(responses: readonly IkmResponse[], options: ComputeIkmOptions = {}): IkmResult {
  const unsur = options.unsur ?? IKM_UNSUR;
  const weight = options.weight ?? 'exact';
  check(responses, unsur);
  const overall = summarize(responses, unsur, weight);
  const byUnit = new Map<string, IkmResponse[]>();
  for (const r of responses) {
    if (r.unit === undefined) continue;
    const list = byUnit.get(r.unit);
    if (list) list.push(r);
    else byUnit.set(r.unit, [r]);
  }
  const perUnit: Record<string, IkmSummary> = {};
  for (const [unit, list] of byUnit) perUnit[unit] = summarize(list, unsur, weight);
  let sample: IkmResult['sample'] = null;
  if (options.population !== undefined) {
    const required = requiredSampleSize(options.population);
    sample = {
      population: options.population,
      required,
      actual: responses.length,
      shortfall: Math.max(0, required - responses.length),
    };
  }
  return { overall, perUnit, sample };
}
