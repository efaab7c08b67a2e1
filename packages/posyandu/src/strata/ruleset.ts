import type { LocalizedMessage } from '@opengov-id/core';
import type { RulesetSource } from '../categories/types.js';

/** The four posyandu strata (tingkat perkembangan posyandu), lowest first. */
export type PosyanduStratum = 'pratama' | 'madya' | 'purnama' | 'mandiri';

/** The eight indicators of the strata table. */
export type StrataIndicator =
  | 'opening_frequency'
  | 'average_kader_on_duty'
  | 'average_ds_coverage'
  | 'kia_coverage'
  | 'kb_coverage'
  | 'immunization_coverage'
  | 'additional_programs'
  | 'dana_sehat_coverage';

/** One requirement: an indicator at or above a threshold (`true` for the yes/no indicator). */
export interface StrataCriterion {
  /** The indicator. */
  readonly indicator: StrataIndicator;
  /** Least value that meets it; for `additional_programs`, 1 means "has at least one". */
  readonly atLeast: number;
}

/** A versioned strata ruleset: the criteria of each stratum above Pratama. */
export interface StrataRuleset {
  /** Identifier (`pedoman-posyandu-2011`). */
  readonly id: string;
  /** Where the table comes from. */
  readonly source: RulesetSource;
  /** Names of the strata and indicators. */
  readonly labels: Readonly<Record<PosyanduStratum | StrataIndicator, LocalizedMessage>>;
  /** Criteria a posyandu must all meet to be this stratum; Pratama has none (it is the floor). */
  readonly criteria: Readonly<Record<Exclude<PosyanduStratum, 'pratama'>, readonly StrataCriterion[]>>;
}

const MADYA: readonly StrataCriterion[] = [
  { indicator: 'opening_frequency', atLeast: 8 },
  { indicator: 'average_kader_on_duty', atLeast: 5 },
];
// Each stratum's criteria are the previous one's plus its own.
const extend = (
  base: readonly StrataCriterion[],
  more: readonly StrataCriterion[],
): readonly StrataCriterion[] => base.concat(more);
const PURNAMA: readonly StrataCriterion[] = /* @__PURE__ */ extend(MADYA, [
  { indicator: 'average_ds_coverage', atLeast: 0.5 },
  { indicator: 'kia_coverage', atLeast: 0.5 },
  { indicator: 'kb_coverage', atLeast: 0.5 },
  { indicator: 'immunization_coverage', atLeast: 0.5 },
  { indicator: 'additional_programs', atLeast: 1 },
]);

/**
 * The posyandu strata table of the **Pedoman Umum Pengelolaan Posyandu** (Kementerian Kesehatan RI,
 * 2011, ISBN 978-602-9364-87-3), eight indicators:
 *
 * | Indikator | Pratama | Madya | Purnama | Mandiri |
 * |---|---|---|---|---|
 * | Frekuensi penimbangan per tahun | < 8 | ≥ 8 | ≥ 8 | ≥ 8 |
 * | Rerata kader bertugas | < 5 | ≥ 5 | ≥ 5 | ≥ 5 |
 * | Rerata cakupan D/S | < 50 % | < 50 % | ≥ 50 % | ≥ 50 % |
 * | Cakupan kumulatif KIA | < 50 % | < 50 % | ≥ 50 % | ≥ 50 % |
 * | Cakupan kumulatif KB | < 50 % | < 50 % | ≥ 50 % | ≥ 50 % |
 * | Cakupan kumulatif imunisasi | < 50 % | < 50 % | ≥ 50 % | ≥ 50 % |
 * | Program tambahan | – | – | + | + |
 * | Cakupan dana sehat (% KK) | < 50 % | < 50 % | < 50 % | ≥ 50 % |
 *
 * Coverages are fractions (0.5 = 50 %). The table's "≥ 8" is used although the Pedoman's prose says
 * "lebih dari 8 kali"; a posyandu is the highest stratum whose every criterion it meets (the
 * reference's reading). Permendagri 13/2024 made posyandu a lembaga kemasyarakatan desa; whether it
 * keeps these strata was not found, so this is one ruleset among those you may define.
 *
 * @example
 * ```ts
 * STRATA_PEDOMAN_2011.criteria.madya; // [{ indicator: 'opening_frequency', atLeast: 8 }, ...]
 * ```
 */
export const STRATA_PEDOMAN_2011: StrataRuleset = {
  id: 'pedoman-posyandu-2011',
  source: {
    regulation: 'Pedoman Umum Pengelolaan Posyandu, Kementerian Kesehatan RI (ISBN 978-602-9364-87-3)',
    provision: 'Tingkat perkembangan posyandu: Pratama, Madya, Purnama, Mandiri (8 indikator)',
    version: '2011',
  },
  labels: {
    pratama: { id: 'Posyandu Pratama', en: 'Pratama (first level)' },
    madya: { id: 'Posyandu Madya', en: 'Madya (intermediate)' },
    purnama: { id: 'Posyandu Purnama', en: 'Purnama (full)' },
    mandiri: { id: 'Posyandu Mandiri', en: 'Mandiri (self-reliant)' },
    opening_frequency: { id: 'Frekuensi penimbangan per tahun', en: 'Weighing sessions per year' },
    average_kader_on_duty: { id: 'Rerata kader bertugas', en: 'Average kader on duty' },
    average_ds_coverage: { id: 'Rerata cakupan D/S', en: 'Average D/S coverage' },
    kia_coverage: { id: 'Cakupan kumulatif KIA', en: 'Cumulative maternal and child health coverage' },
    kb_coverage: { id: 'Cakupan kumulatif KB', en: 'Cumulative family planning coverage' },
    immunization_coverage: { id: 'Cakupan kumulatif imunisasi', en: 'Cumulative immunisation coverage' },
    additional_programs: { id: 'Program tambahan', en: 'Additional programmes' },
    dana_sehat_coverage: { id: 'Cakupan dana sehat (% KK)', en: 'Dana sehat coverage (% of households)' },
  },
  criteria: {
    madya: MADYA,
    purnama: PURNAMA,
    mandiri: /* @__PURE__ */ extend(PURNAMA, [{ indicator: 'dana_sehat_coverage', atLeast: 0.5 }]),
  },
};

/** The six SPM fields (PP 2/2018) a posyandu serves under Permendagri 13/2024. */
export type SpmField =
  | 'pendidikan'
  | 'kesehatan'
  | 'pekerjaan_umum'
  | 'perumahan_rakyat'
  | 'ketenteraman_ketertiban_pelindungan_masyarakat'
  | 'sosial';

/**
 * The newer framing: **Permendagri No. 13 Tahun 2024 tentang Posyandu** makes the posyandu a
 * lembaga kemasyarakatan desa/kelurahan serving the six fields of the minimum service standards
 * (SPM, PP No. 2 Tahun 2018). Metadata to tag a posyandu's services with; it sets no strata.
 *
 * @example
 * ```ts
 * Object.keys(PERMENDAGRI_13_2024_SPM_FIELDS.fields).length; // => 6
 * ```
 */
export const PERMENDAGRI_13_2024_SPM_FIELDS: {
  readonly source: RulesetSource;
  readonly fields: { readonly [K in SpmField]: LocalizedMessage };
} = {
  source: {
    regulation: 'Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2024 tentang Posyandu; PP Nomor 2 Tahun 2018',
    provision: 'Bidang urusan pelayanan: 6 bidang SPM',
    version: '2024',
  },
  fields: {
    pendidikan: { id: 'Pendidikan', en: 'Education' },
    kesehatan: { id: 'Kesehatan', en: 'Health' },
    pekerjaan_umum: { id: 'Pekerjaan umum', en: 'Public works' },
    perumahan_rakyat: { id: 'Perumahan rakyat', en: 'Public housing' },
    ketenteraman_ketertiban_pelindungan_masyarakat: {
      id: 'Ketenteraman, ketertiban umum, dan pelindungan masyarakat',
      en: 'Peace, public order and community protection',
    },
    sosial: { id: 'Sosial', en: 'Social affairs' },
  },
};
