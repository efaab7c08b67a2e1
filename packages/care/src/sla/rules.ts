import type { LocalizedMessage } from '@opengov-id/core';
import type { PriorityCode } from '../model/labels.js';
import type { ActorRole, ReportActionType } from '../model/status.js';

/**
 * The clocks a rule can run on. Each stage starts and stops on events of the report's history
 * (see {@link SLA_STAGES}).
 *
 * @example
 * ```ts
 * const stage: SlaStage = 'verifikasi';
 * ```
 */
export type SlaStage =
  | 'verifikasi'
  | 'tindak_lanjut'
  | 'tanggapan_pelapor'
  | 'jawaban'
  | 'keputusan'
  | 'respons_awal';

/**
 * Units of a deadline: clock hours, calendar days, or working days (Perpres 21/2023: Monday to
 * Friday, minus libur nasional and cuti bersama, by core's holiday calendar in WITA).
 *
 * @example
 * ```ts
 * const unit: SlaUnit = 'hari_kerja';
 * ```
 */
export type SlaUnit = 'jam' | 'hari' | 'hari_kerja';

/**
 * When a stage's clock starts and stops, as data.
 *
 * @example
 * ```ts
 * SLA_STAGES.verifikasi.stopOn; // => ['verifikasi', 'bukan_wewenang', 'arsipkan', 'tolak']
 * ```
 */
export interface SlaStageDefinition {
  /** What the stage is. */
  readonly label: LocalizedMessage;
  /** `received`: when the report came in; otherwise the first (or, with `startAt: 'last'`, latest) history entry with one of these actions. */
  readonly startOn: 'received' | readonly ReportActionType[];
  /** Which matching entry starts the clock. @defaultValue 'first' */
  readonly startAt?: 'first' | 'last';
  /** The first later history entry with one of these actions stops the clock. */
  readonly stopOn?: readonly ReportActionType[];
  /** Or: the first later entry by one of these roles stops it. */
  readonly stopByRoles?: readonly ActorRole[];
  /** Or: the first later entry that ends in a final state stops it. */
  readonly stopOnFinal?: boolean;
}

/**
 * The stage definitions.
 *
 * @example
 * ```ts
 * SLA_STAGES.tanggapan_pelapor.stopOn; // => ['tanggapi', 'tutup_otomatis']
 * ```
 */
export const SLA_STAGES: Readonly<Record<SlaStage, SlaStageDefinition>> = {
  verifikasi: {
    label: { id: 'Verifikasi dan disposisi', en: 'Verification and dispatch' },
    startOn: 'received',
    stopOn: ['verifikasi', 'bukan_wewenang', 'arsipkan', 'tolak'],
  },
  tindak_lanjut: {
    label: { id: 'Tindak lanjut dan balasan instansi', en: 'Follow-up and answer by the agency' },
    startOn: ['verifikasi'],
    stopOn: ['tindak_lanjuti', 'jawab'],
  },
  tanggapan_pelapor: {
    label: { id: 'Tanggapan pelapor', en: "Reporter's feedback" },
    startOn: ['jawab'],
    startAt: 'last',
    stopOn: ['tanggapi', 'tutup_otomatis'],
  },
  jawaban: {
    label: { id: 'Jawaban atas pengaduan', en: 'Answer to the complaint' },
    startOn: 'received',
    stopOn: ['jawab', 'bukan_wewenang', 'arsipkan', 'tolak'],
  },
  keputusan: {
    label: { id: 'Keputusan penyelesaian', en: 'Decision on the complaint' },
    startOn: ['verifikasi'],
    stopOnFinal: true,
  },
  respons_awal: {
    label: { id: 'Respons pertama', en: 'First response' },
    startOn: 'received',
    stopByRoles: ['admin', 'penghubung'],
  },
};

/**
 * One deadline, as data: `{ stage, amount, unit, source }`.
 *
 * @example
 * ```ts
 * const rule: SlaRule = { stage: 'verifikasi', amount: 3, unit: 'hari_kerja', source: 'FAQ SP4N-LAPOR!' };
 * ```
 */
export interface SlaRule {
  /** Which clock. */
  readonly stage: SlaStage;
  /** How many units. */
  readonly amount: number;
  /** The unit. */
  readonly unit: SlaUnit;
  /** The legal or operational source, cited. */
  readonly source: string;
  /** Applies only to reports of this priority. */
  readonly priority?: PriorityCode;
  /** What the platform does when the deadline passes: close the report (LAPOR!'s 10 days without feedback). */
  readonly onBreach?: 'auto_close';
}

/**
 * A named set of rules with its source and version.
 *
 * @example
 * ```ts
 * const mine: SlaRuleSet = { id: 'ksb', name: { id: 'SOP KSB', en: 'KSB SOP' }, source: 'Perbup KSB ...', version: '2026', rules: [] };
 * ```
 */
export interface SlaRuleSet {
  /** Stable id. */
  readonly id: string;
  /** Name in both languages. */
  readonly name: LocalizedMessage;
  /** Where the rules come from. */
  readonly source: string;
  /** Version of the set. */
  readonly version: string;
  /** The rules. */
  readonly rules: readonly SlaRule[];
}

const LAPOR_ALUR =
  'SP4N-LAPOR! alur laporan (lapor.go.id): verifikasi "dalam 3 hari", tindak lanjut "dalam 5 hari", tanggapan pelapor "dalam waktu 10 hari"';

/**
 * The SP4N-LAPOR! flow: verification within 3 working days (FAQ blog.lapor.go.id: "paling
 * lambat 3 (tiga) hari kerja"), the agency follows up and answers within 5 days, the reporter
 * may answer within 10 days, after which the report is closed (as Magelang's MAS GRESS copy of
 * the flow auto-closes). Permen PANRB 5/2025 (replacing 62/2018) may set other counts: override.
 *
 * @example
 * ```ts
 * LAPOR_RULES.rules.map((r) => `${r.stage} ${r.amount} ${r.unit}`);
 * // => ['verifikasi 3 hari_kerja', 'tindak_lanjut 5 hari', 'tanggapan_pelapor 10 hari']
 * ```
 */
export const LAPOR_RULES: SlaRuleSet = {
  id: 'lapor',
  name: { id: 'Alur SP4N-LAPOR!', en: 'SP4N-LAPOR! flow' },
  source: LAPOR_ALUR,
  version: '2026.1',
  rules: [
    {
      stage: 'verifikasi',
      amount: 3,
      unit: 'hari_kerja',
      source: 'FAQ SP4N-LAPOR! (blog.lapor.go.id): verifikasi paling lambat 3 (tiga) hari kerja',
    },
    { stage: 'tindak_lanjut', amount: 5, unit: 'hari', source: LAPOR_ALUR },
    { stage: 'tanggapan_pelapor', amount: 10, unit: 'hari', source: LAPOR_ALUR, onBreach: 'auto_close' },
  ],
};

/**
 * UU 25/2009 tentang Pelayanan Publik: the provider answers a written complaint within 14 days
 * and decides within 60 days after the file is complete (Perpres 76/2013 repeats the 60 days).
 * The law says "hari", not "hari kerja". The file counts as complete at verification.
 *
 * @example
 * ```ts
 * UU_25_2009_RULES.rules.map((r) => r.amount); // => [14, 60]
 * ```
 */
export const UU_25_2009_RULES: SlaRuleSet = {
  id: 'uu-25-2009',
  name: { id: 'UU 25/2009 Pelayanan Publik', en: 'Law 25/2009 on Public Services' },
  source:
    'UU 25/2009 tentang Pelayanan Publik; Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
  version: '2009',
  rules: [
    {
      stage: 'jawaban',
      amount: 14,
      unit: 'hari',
      source: 'UU 25/2009: penyelenggara wajib menanggapi pengaduan tertulis paling lambat 14 hari',
    },
    {
      stage: 'keputusan',
      amount: 60,
      unit: 'hari',
      source:
        'UU 25/2009 dan Perpres 76/2013: keputusan paling lambat 60 hari sejak berkas pengaduan lengkap',
    },
  ],
};

/**
 * NTB Care's response times by priority (lombokjournal, Oct 2018): mendesak within 1 hour,
 * penting within 1×24 hours, biasa within 2×24 hours of the report.
 *
 * @example
 * ```ts
 * NTB_CARE_PRIORITY_RULES.rules.find((r) => r.priority === 'mendesak')?.amount; // => 1
 * ```
 */
export const NTB_CARE_PRIORITY_RULES: SlaRuleSet = {
  id: 'ntb-care-prioritas',
  name: { id: 'Prioritas NTB Care', en: 'NTB Care priorities' },
  source: 'NTB Care (Diskominfotik NTB, 2018), as reported by lombokjournal.com, Oct 2018',
  version: '2018',
  rules: [
    {
      stage: 'respons_awal',
      amount: 1,
      unit: 'jam',
      priority: 'mendesak',
      source: 'NTB Care: mendesak ≤ 1 jam',
    },
    {
      stage: 'respons_awal',
      amount: 24,
      unit: 'jam',
      priority: 'penting',
      source: 'NTB Care: penting 1×24 jam',
    },
    { stage: 'respons_awal', amount: 48, unit: 'jam', priority: 'biasa', source: 'NTB Care: biasa 2×24 jam' },
  ],
};

/**
 * The rule sets {@link dueDates} applies by default.
 *
 * @example
 * ```ts
 * DEFAULT_SLA_RULE_SETS.map((s) => s.id); // => ['lapor', 'uu-25-2009', 'ntb-care-prioritas']
 * ```
 */
export const DEFAULT_SLA_RULE_SETS: readonly SlaRuleSet[] = [
  LAPOR_RULES,
  UU_25_2009_RULES,
  NTB_CARE_PRIORITY_RULES,
];
