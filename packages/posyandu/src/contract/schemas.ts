import { LocalDate, Nik, ProblemBody } from '@opengov-id/core';
import * as z from 'zod';

const Stratum = z.enum({
  /** Posyandu Pratama. */
  pratama: 'pratama',
  /** Posyandu Madya. */
  madya: 'madya',
  /** Posyandu Purnama. */
  purnama: 'purnama',
  /** Posyandu Mandiri. */
  mandiri: 'mandiri',
});
const SexEnum = z.enum({
  /** Laki-laki. */
  male: 'male',
  /** Perempuan. */
  female: 'female',
});
const Role = z.enum({
  /** Kepala keluarga: head of the household. */
  kepala_keluarga: 'kepala_keluarga',
  /** Istri: wife. */
  istri: 'istri',
  /** Anak: child. */
  anak: 'anak',
  /** Orang tua: parent of the head or the wife. */
  orang_tua: 'orang_tua',
  /** Lainnya: anyone else. */
  lainnya: 'lainnya',
});
const Measured = z.enum({
  /** Lying down: recumbent length. */
  recumbent: 'recumbent',
  /** Standing: height. */
  standing: 'standing',
});
const Id = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
const DesaCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Instant = z.iso.datetime({ offset: true });

/**
 * The services of a posyandu (Posyandu Keluarga / ILP serves all of them).
 *
 * @example
 * ```ts
 * PosyanduService.parse('posbindu'); // => 'posbindu'
 * ```
 */
export const PosyanduService = z.enum({
  /** Kesehatan ibu dan anak: mothers and children under five. */
  kia: 'kia',
  /** Posyandu remaja: adolescents. */
  remaja: 'remaja',
  /** Posbindu PTM: adults, non-communicable disease risk factors. */
  posbindu: 'posbindu',
  /** Posyandu lansia: older people. */
  lansia: 'lansia',
  /** Early detection of social problems. */
  sosial: 'sosial',
});
/** A service of a posyandu; see {@link PosyanduService}. */
export type PosyanduService = z.output<typeof PosyanduService>;

/**
 * A posyandu: where it is (desa code, dusun), what it serves and its stratum.
 *
 * @example
 * ```ts
 * Posyandu.parse({ id: 'psy-1', name: 'Posyandu Melati', desaCode: '52.07.02.2001', dusun: 'Bersatu',
 *   services: ['kia', 'lansia'], stratum: 'madya', kaderCount: 5 });
 * ```
 */
export const Posyandu = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  desaCode: DesaCode,
  dusun: z.string().min(1).max(100),
  services: z.array(PosyanduService).min(1),
  stratum: Stratum.nullable(),
  kaderCount: z.number().int().min(0),
});
/** A posyandu; see {@link Posyandu}. */
export type Posyandu = z.output<typeof Posyandu>;

/**
 * A household (keluarga) served by a posyandu; identified by id, never by No. KK.
 *
 * @example
 * ```ts
 * NewHousehold.parse({ dusun: 'Bersatu', rt: '001', rw: '002' });
 * ```
 */
export const NewHousehold = z.object({
  dusun: z.string().min(1).max(100),
  rt: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  rw: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
});
/** A new household; see {@link NewHousehold}. */
export type NewHousehold = z.input<typeof NewHousehold>;

/**
 * A household as stored.
 *
 * @example
 * ```ts
 * Household.parse({ id: 'hh-1', posyanduId: 'psy-1', dusun: 'Bersatu', createdAt: '2026-03-16T09:00:00+08:00' });
 * ```
 */
export const Household = NewHousehold.extend({ id: Id, posyanduId: Id, createdAt: Instant });
/** A household; see {@link Household}. */
export type Household = z.output<typeof Household>;

/**
 * A new household member. The NIK is optional (newborns have none) and is sent only to the
 * posyandu's own API, output as 16 digits.
 *
 * @example
 * ```ts
 * NewPerson.parse({ name: 'Bayi Ny. Siti', sex: 'female', birthDate: '2026-03-01', role: 'anak' });
 * ```
 */
export const NewPerson = z.object({
  name: z.string().min(1).max(200),
  sex: SexEnum,
  birthDate: LocalDate,
  nik: Nik.optional(),
  role: Role,
});
/** A new household member; see {@link NewPerson}. */
export type NewPerson = z.input<typeof NewPerson>;

/**
 * A household member as stored.
 *
 * @example
 * ```ts
 * Person.parse({ id: 'p-1', householdId: 'hh-1', name: 'Siti', sex: 'female', birthDate: '2005-07-05', role: 'istri' });
 * ```
 */
export const Person = NewPerson.extend({ id: Id, householdId: Id });
/** A household member; see {@link Person}. */
export type Person = z.output<typeof Person>;

/**
 * The measurements taken at a visit; every one optional.
 *
 * @example
 * ```ts
 * VisitMeasurements.parse({ weightKg: 8.4, lengthHeightCm: 71.2, measured: 'recumbent' });
 * ```
 */
export const VisitMeasurements = z.object({
  weightKg: z.number().positive().max(500).optional(),
  lengthHeightCm: z.number().positive().max(300).optional(),
  measured: Measured.optional(),
  headCircumferenceCm: z.number().positive().max(100).optional(),
  muacCm: z.number().positive().max(100).optional(),
  waistCm: z.number().positive().max(300).optional(),
  systolic: z.number().int().min(40).max(300).optional(),
  diastolic: z.number().int().min(20).max(200).optional(),
  bloodGlucoseMgDl: z.number().positive().max(1000).optional(),
  haemoglobinGDl: z.number().positive().max(25).optional(),
  oedema: z.boolean().optional(),
});
/** Measurements of a visit; see {@link VisitMeasurements}. */
export type VisitMeasurements = z.output<typeof VisitMeasurements>;

const Reason = z.string().trim().min(3).max(500);

/**
 * Who changed a stored measurement: a role and the organization it acts for (the kader's posyandu,
 * the Puskesmas), never a person's name or contact.
 *
 * @example
 * ```ts
 * MeasurementActor.parse({ role: 'puskesmas', organizationId: 'puskesmas-taliwang' });
 * ```
 */
export const MeasurementActor = z.object({
  role: z.enum({
    /** A kader of the posyandu. */
    kader: 'kader',
    /** An officer of the Puskesmas or the Dinas Kesehatan. */
    puskesmas: 'puskesmas',
    /** An administrator of the system. */
    admin: 'admin',
  }),
  organizationId: Id.optional(),
});
/** Who changed a measurement; see {@link MeasurementActor}. */
export type MeasurementActor = z.output<typeof MeasurementActor>;

/**
 * One entry of a visit's audit history: a correction or the voiding, when, by whom, why, and the
 * measurements as they were before.
 *
 * @example
 * ```ts
 * MeasurementRevision.parse({ action: 'corrected', at: '2026-03-17T08:00:00+08:00',
 *   by: { role: 'kader', organizationId: 'psy-1' }, reason: 'Timbangan belum dinolkan', previous: { weightKg: 9.4 } });
 * ```
 */
export const MeasurementRevision = z.object({
  action: z.enum({
    /** The measurements were replaced. */
    corrected: 'corrected',
    /** The visit was voided (entered in error). */
    voided: 'voided',
  }),
  at: Instant,
  by: MeasurementActor,
  reason: Reason,
  previous: VisitMeasurements,
});
/** An audit entry of a visit; see {@link MeasurementRevision}. */
export type MeasurementRevision = z.output<typeof MeasurementRevision>;

/**
 * A new visit (kunjungan) of a person to a posyandu service, with its measurements. `localId` is
 * the field record's id on the kader's device.
 *
 * @example
 * ```ts
 * NewVisit.parse({ personId: 'p-1', posyanduId: 'psy-1', date: '2026-03-16', service: 'kia', measurements: { weightKg: 8.4 } });
 * ```
 */
export const NewVisit = z.object({
  personId: Id,
  posyanduId: Id,
  date: LocalDate,
  service: PosyanduService,
  measurements: VisitMeasurements,
  localId: Id.optional(),
});
/** A new visit; see {@link NewVisit}. */
export type NewVisit = z.input<typeof NewVisit>;

/**
 * A visit as stored.
 *
 * @example
 * ```ts
 * Visit.parse({ id: 'v-1', personId: 'p-1', posyanduId: 'psy-1', date: '2026-03-16', service: 'kia',
 *   measurements: {}, recordedAt: '2026-03-16T09:00:00+08:00' });
 * ```
 *
 * A visit corrected or voided carries its `revisions` (the audit history) and, once voided, `voidedAt`.
 */
export const Visit = NewVisit.extend({
  id: Id,
  recordedAt: Instant,
  /** Set when the visit was voided (entered in error): it then counts in no SKDN or figures. */
  voidedAt: Instant.optional(),
  /** Corrections and the voiding, oldest first, each with the measurements it replaced. */
  revisions: z.array(MeasurementRevision).optional(),
});
/** A visit; see {@link Visit}. */
export type Visit = z.output<typeof Visit>;

/**
 * A posyandu's monthly report: opening, kader on duty and the SKDN counts.
 *
 * @example
 * ```ts
 * MonthlyReportBody.parse({ opened: true, kaderOnDuty: 5, skdn: { S: 50, K: 45, D: 40, N: 28, T: 6, O: 4, B: 2, BGM: 1 } });
 * ```
 */
export const MonthlyReportBody = z.object({
  opened: z.boolean(),
  kaderOnDuty: z.number().int().min(0),
  skdn: z.object({
    S: z.number().int().min(0),
    K: z.number().int().min(0),
    D: z.number().int().min(0),
    N: z.number().int().min(0),
    T: z.number().int().min(0),
    O: z.number().int().min(0),
    B: z.number().int().min(0),
    BGM: z.number().int().min(0),
  }),
});
/** A monthly report's body; see {@link MonthlyReportBody}. */
export type MonthlyReportBody = z.input<typeof MonthlyReportBody>;

/**
 * A monthly report as stored.
 *
 * @example
 * ```ts
 * MonthlyReport.parse({ posyanduId: 'psy-1', month: '2026-03', opened: true, kaderOnDuty: 5,
 *   skdn: { S: 50, K: 45, D: 40, N: 28, T: 6, O: 4, B: 2, BGM: 1 }, submittedAt: '2026-03-31T10:00:00+08:00' });
 * ```
 */
export const MonthlyReport = MonthlyReportBody.extend({ posyanduId: Id, month: Month, submittedAt: Instant });
/** A monthly report; see {@link MonthlyReport}. */
export type MonthlyReport = z.output<typeof MonthlyReport>;

/**
 * The error body of the posyandu API (404, 409, 422): a code and a bilingual message.
 *
 * @example
 * ```ts
 * ApiProblem.parse({ code: 'not_found', message: { id: 'Tidak ditemukan.', en: 'Not found.' } });
 * ```
 */
export const ApiProblem = ProblemBody;
/** An error body; see {@link ApiProblem}. */
export type ApiProblem = z.output<typeof ApiProblem>;

/**
 * The page query of list routes: `page` from 1, `limit` 1–100 (default 20).
 *
 * @example
 * ```ts
 * PageQuery.parse({}); // => { page: 1, limit: 20 }
 * ```
 */
export const PageQuery = z.object({
  page: z.number().int().min(1).default(1),
  limit: z.number().int().min(1).max(100).default(20),
});

/**
 * The envelope of a list route: a page of items with the total.
 *
 * @example
 * ```ts
 * const PosyanduPage = page(Posyandu);
 * ```
 */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int().min(1), total: z.number().int().min(0) });
}

/**
 * Path parameter schemas shared by the routes.
 *
 * @example
 * ```ts
 * PARAMS.report.parse({ posyanduId: 'psy-1', month: '2026-03' });
 * ```
 */
export const PARAMS = {
  id: z.object({ id: Id }),
  posyanduId: z.object({ posyanduId: Id }),
  householdId: z.object({ householdId: Id }),
  personId: z.object({ personId: Id }),
  report: z.object({ posyanduId: Id, month: Month }),
  visitId: z.object({ visitId: Id }),
  month: z.object({ month: Month }),
};

/**
 * A correction of a visit's measurements: the whole new set (it replaces the old one) and why.
 * Sending the measurements the visit already has changes nothing (a retry is harmless).
 *
 * @example
 * ```ts
 * MeasurementCorrection.parse({ measurements: { weightKg: 8.9 }, reason: 'Salah ketik: 9,8 seharusnya 8,9' });
 * ```
 */
export const MeasurementCorrection = z.strictObject({
  measurements: VisitMeasurements.strict(),
  reason: Reason,
});
/** A correction's body; see {@link MeasurementCorrection}. */
export type MeasurementCorrection = z.input<typeof MeasurementCorrection>;

/**
 * Voiding a visit entered in error: the reason. Voiding a voided visit changes nothing.
 *
 * @example
 * ```ts
 * MeasurementVoid.parse({ reason: 'Anak yang salah dicatat' });
 * ```
 */
export const MeasurementVoid = z.strictObject({ reason: Reason });
/** A voiding's body; see {@link MeasurementVoid}. */
export type MeasurementVoid = z.input<typeof MeasurementVoid>;

const Score = z.object({ z: z.number().nullable(), flagged: z.boolean() }).nullable();
const Category = z.string().min(1).nullable();

/**
 * The growth reading of a visit, recomputed by the package's own functions (`visitGrowth`): WHO
 * z-scores, Permenkes 2/2020 category codes and the KMS weighing status.
 *
 * @example
 * ```ts
 * VisitGrowthBody.parse({ ageMonths: 9,
 *   zScores: { weightForAge: { z: -0.4, flagged: false }, lengthHeightForAge: null, weightForLengthHeight: null, bmiForAge: null },
 *   categories: { weightForAge: 'normal_weight', lengthHeightForAge: null, weightForLengthHeight: null, bmiForAge: null },
 *   weighing: { status: 'N', gainGrams: 400, kbmGrams: 300, belowRedLine: false, refer: false } });
 * ```
 */
export const VisitGrowthBody = z.object({
  ageMonths: z.number().int().min(0),
  zScores: z.object({
    weightForAge: Score,
    lengthHeightForAge: Score,
    weightForLengthHeight: Score,
    bmiForAge: Score,
  }),
  categories: z.object({
    weightForAge: Category,
    lengthHeightForAge: Category,
    weightForLengthHeight: Category,
    bmiForAge: Category,
  }),
  weighing: z
    .object({
      status: z.enum({
        /** Naik: gained at least the KBM since last month. */
        N: 'N',
        /** Tidak naik: gained less, or lost. */
        T: 'T',
        /** Weighed this month, not last month. */
        O: 'O',
        /** Baru: the first weighing. */
        B: 'B',
      }),
      gainGrams: z.number().nullable(),
      kbmGrams: z.number().nullable(),
      belowRedLine: z.boolean().nullable(),
      refer: z.boolean(),
    })
    .nullable(),
});
/** A visit's growth reading; see {@link VisitGrowthBody}. */
export type VisitGrowthBody = z.output<typeof VisitGrowthBody>;

/**
 * A corrected visit with its growth reading recomputed from the new measurements.
 *
 * @example
 * ```ts
 * CorrectedVisit.shape.visit === Visit; // => true
 * ```
 */
export const CorrectedVisit = z.object({ visit: Visit, growth: VisitGrowthBody });
/** A corrected visit; see {@link CorrectedVisit}. */
export type CorrectedVisit = z.output<typeof CorrectedVisit>;

/**
 * One person as `getPerson` answers: the NIK only masked (`520702******0001`), as a route that
 * shows one person's record on a screen should.
 *
 * @example
 * ```ts
 * PersonRecord.parse({ id: 'p-1', householdId: 'hh-1', name: 'Siti', sex: 'female', birthDate: '2005-07-05',
 *   role: 'istri', nikMasked: '520702******0001' });
 * ```
 */
export const PersonRecord = Person.omit({ nik: true }).extend({
  nikMasked: z
    .string()
    .regex(/^\d{6}\*{6}\d{4}$/)
    .optional(),
});
/** One person, NIK masked; see {@link PersonRecord}. */
export type PersonRecord = z.output<typeof PersonRecord>;

const Ratio = z.number().min(0).nullable();

/**
 * SKDN of a posyandu and month computed by the server from its stored visits (`skdnFromVisits`):
 * the counts with D′ and the ratios (fractions 0–1, `null` over 0).
 *
 * @example
 * ```ts
 * SkdnBody.parse({ posyanduId: 'psy-1', month: '2026-03',
 *   counts: { S: 4, K: 4, D: 2, N: 1, T: 1, O: 0, B: 0, BGM: 0, DPrime: 2 },
 *   ratios: { KS: 1, DS: 0.5, DK: 0.5, ND: 0.5, NDPrime: 0.5, NS: 0.25, BGMD: 0 } });
 * ```
 */
export const SkdnBody = z.object({
  posyanduId: Id,
  month: Month,
  counts: z.object({
    S: z.number().int().min(0),
    K: z.number().int().min(0),
    D: z.number().int().min(0),
    N: z.number().int().min(0),
    T: z.number().int().min(0),
    O: z.number().int().min(0),
    B: z.number().int().min(0),
    BGM: z.number().int().min(0),
    DPrime: z.number().int().min(0),
  }),
  ratios: z.object({ KS: Ratio, DS: Ratio, DK: Ratio, ND: Ratio, NDPrime: Ratio, NS: Ratio, BGMD: Ratio }),
});
/** A computed SKDN; see {@link SkdnBody}. */
export type SkdnBody = z.output<typeof SkdnBody>;

const Published = z.number().int().min(0).nullable();
const Share = z.object({ count: Published, measured: Published, share: z.number().min(0).max(1).nullable() });
const AreaFigures = z.object({
  childrenWeighed: Published,
  stunted: Share,
  wasted: Share,
  underweight: Share,
  overweight: Share,
});

/**
 * Public nutrition figures of a month per posyandu and per desa (`aggregateNutritionFigures`):
 * children 0–59 months weighed, and the shares stunted, wasted, underweight and overweight by
 * Permenkes 2/2020. Counts below `threshold` are `null` (withheld), as is any count that would
 * follow from the published ones, and any share whose count or denominator is withheld.
 *
 * @example
 * ```ts
 * NutritionFiguresBody.parse({ month: '2026-03', threshold: 5, posyandu: [], desa: [] });
 * ```
 */
export const NutritionFiguresBody = z.object({
  month: Month,
  threshold: z.number().int().min(1),
  posyandu: z.array(AreaFigures.extend({ posyanduId: Id, desaCode: DesaCode })),
  desa: z.array(AreaFigures.extend({ desaCode: DesaCode })),
});
/** Public nutrition figures; see {@link NutritionFiguresBody}. */
export type NutritionFiguresBody = z.output<typeof NutritionFiguresBody>;
