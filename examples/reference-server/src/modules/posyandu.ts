import { ContractHttpError, type LocalizedMessage, toZonedIso, ValidationError } from '@opengov-id/core';
import {
  assessWeighings,
  completedMonths,
  nutritionFiguresFromVisits,
  skdnFromCounts,
  skdnFromVisits,
  visitGrowth,
} from '@opengov-id/posyandu';
import {
  correctVisitMeasurements,
  type Household,
  type MeasurementActor,
  type MonthlyReport,
  type Person,
  type Posyandu,
  posyanduContract,
  toPersonRecord,
  type Visit,
  voidVisit,
} from '@opengov-id/posyandu/contract';
import { ANYONE, type ModuleContext, type Principal, type Role, type ServerModule } from '../module.js';
import type { StoreTx } from '../store/types.js';
import { POSYANDU_COLLECTIONS, seedPosyandu } from './posyandu-seed.js';
import { onceCreated } from './replay.js';

export { POSYANDU_COLLECTIONS, SAMPLE_POSYANDU } from './posyandu-seed.js';

const C = POSYANDU_COLLECTIONS;

/**
 * A health organization and the area it serves: a Puskesmas and its working area (wilayah kerja,
 * kecamatan or desa codes), or the Dinas Kesehatan and its whole regency.
 */
export interface HealthOrganization {
  /** The Popolo organization id an officer's token carries. */
  readonly id: string;
  readonly name: string;
  /** Kemendagri codes of the area served: kabupaten, kecamatan or desa/kelurahan. */
  readonly areaCodes: readonly string[];
}

/**
 * Sample health organizations of KSB (fictional ids, not an official assignment): the Dinas
 * Kesehatan reads every posyandu of the regency, each Puskesmas those of its kecamatan.
 */
export const SAMPLE_KSB_HEALTH_ORGANIZATIONS: readonly HealthOrganization[] = [
  { id: 'ksb-dinkes', name: 'Dinas Kesehatan KSB (CONTOH)', areaCodes: ['52.07'] },
  { id: 'puskesmas-taliwang', name: 'Puskesmas Taliwang (CONTOH)', areaCodes: ['52.07.02'] },
  { id: 'puskesmas-seteluk', name: 'Puskesmas Seteluk (CONTOH)', areaCodes: ['52.07.03'] },
];

/** Options of {@link createPosyanduModule}. */
export interface PosyanduModuleOptions {
  /** Which officer organization reads which posyandu. @defaultValue {@link SAMPLE_KSB_HEALTH_ORGANIZATIONS} */
  readonly organizations?: readonly HealthOrganization[];
  /** Zone of the instants the module writes. @defaultValue 'Asia/Makassar' (WITA) */
  readonly timeZone?: string;
  /** Counts below it are withheld from the public nutrition figures. @defaultValue 5 */
  readonly smallCellThreshold?: number;
}

const KADER_AND_ADMIN: readonly Role[] = ['reporter', 'admin'];
const HEALTH_STAFF: readonly Role[] = ['reporter', 'officer', 'admin'];

const problem = (status: 404 | 409 | 422, code: string, message: LocalizedMessage) =>
  new ContractHttpError(status, { code, message });

const NOT_FOUND = {
  posyandu: () => problem(404, 'not_found', { id: 'Posyandu tidak ditemukan.', en: 'Posyandu not found.' }),
  household: () =>
    problem(404, 'not_found', { id: 'Rumah tangga tidak ditemukan.', en: 'Household not found.' }),
  person: () => problem(404, 'not_found', { id: 'Orang tidak ditemukan.', en: 'Person not found.' }),
  report: () => problem(404, 'not_found', { id: 'Laporan tidak ditemukan.', en: 'Report not found.' }),
  visit: () => problem(404, 'not_found', { id: 'Kunjungan tidak ditemukan.', en: 'Visit not found.' }),
};

/** A package rule broken: 409 when it is a conflict with stored records, 422 otherwise. */
function asProblem(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const conflict = error.code === 'duplicate_month' || error.code === 'visit_voided';
  return problem(
    conflict ? 409 : 422,
    error.code,
    error.messages ?? { id: error.message, en: error.message },
  );
}

/** Who corrected a measurement, for the audit history: a role and an organization, no person. */
function actorOf(principal: Principal): MeasurementActor {
  const role = principal.role === 'reporter' ? 'kader' : principal.role === 'officer' ? 'puskesmas' : 'admin';
  return principal.organizationId === undefined
    ? { role }
    : { role, organizationId: principal.organizationId };
}

const pageOf = <T>(items: T[], total: number, page: number) => ({ items, page, total });
const paging = (query: { page: number; limit: number }) => ({
  offset: (query.page - 1) * query.limit,
  limit: query.limit,
});

/**
 * The posyandu API over the store. Who sees what (the contract has no organization link, so the
 * server keeps it as configuration):
 * - a kader (`reporter`) token carries its posyandu's id as `organizationId`, and records and reads
 *   only that posyandu's households, people, visits and reports; a `reporter` without it (a
 *   citizen's token for care or forum) sees none;
 * - an `officer` of a Puskesmas or the Dinas Kesehatan reads the posyandu whose desa lies in its
 *   organization's area ({@link HealthOrganization}), and writes nothing there but corrections and
 *   voidings of measurements;
 * - `admin` does everything;
 * - the public gets the posyandu themselves, their monthly reports (aggregated SKDN counts) and the
 *   nutrition figures (small cells withheld), never a household, person or visit.
 * A record outside the caller's reach is answered 404, as if it did not exist: its existence is
 * personal data too.
 */
export function createPosyanduModule(
  options: PosyanduModuleOptions = {},
): ServerModule<typeof posyanduContract> {
  const organizations = new Map(
    (options.organizations ?? SAMPLE_KSB_HEALTH_ORGANIZATIONS).map((o) => [o.id, o]),
  );
  const zone = options.timeZone ?? 'Asia/Makassar';
  const threshold = options.smallCellThreshold;

  /** `write` is recording; `'correct'` is correcting or voiding, which the Puskesmas may do too. */
  const reaches = (principal: Principal, posyandu: Posyandu, write: boolean | 'correct'): boolean => {
    switch (principal.role) {
      case 'admin':
        return true;
      case 'reporter':
        return principal.organizationId === posyandu.id;
      case 'officer': {
        if (write === true || principal.organizationId === undefined) return false;
        const area = organizations.get(principal.organizationId)?.areaCodes ?? [];
        return area.some((code) => `${posyandu.desaCode}.`.startsWith(`${code}.`));
      }
      default:
        return false;
    }
  };

  async function posyanduOf(tx: StoreTx, principal: Principal, id: string, write: boolean) {
    const posyandu = await tx.get<Posyandu>(C.posyandu, id);
    if (!posyandu || !reaches(principal, posyandu, write)) throw NOT_FOUND.posyandu();
    return posyandu;
  }
  async function householdOf(tx: StoreTx, principal: Principal, id: string, write: boolean) {
    const household = await tx.get<Household>(C.households, id);
    if (!household) throw NOT_FOUND.household();
    const posyandu = await tx.get<Posyandu>(C.posyandu, household.posyanduId);
    if (!posyandu || !reaches(principal, posyandu, write)) throw NOT_FOUND.household();
    return household;
  }
  /** A person the caller reaches; a writer locks the row, so their visits are checked one at a time. */
  async function personOf(tx: StoreTx, principal: Principal, id: string, write: boolean) {
    const person = await tx.get<Person>(C.people, id, { forUpdate: write });
    if (!person) throw NOT_FOUND.person();
    try {
      await householdOf(tx, principal, person.householdId, write);
    } catch {
      throw NOT_FOUND.person();
    }
    return person;
  }

  /** The 409s of a new visit: before birth, or a second KMS weighing in a month. */
  async function checkVisit(tx: StoreTx, person: Person, visit: Omit<Visit, 'id' | 'recordedAt'>) {
    if (visit.date < person.birthDate)
      throw problem(409, 'date_before_birth', {
        id: 'Kolom `date` lebih awal dari tanggal lahir orang tersebut.',
        en: "Field `date` is before the person's birth date.",
      });
    const weightKg = visit.measurements.weightKg;
    // The KMS (0–59 months) has one weighing a month; the package's monitoring enforces it.
    const onKms = (date: string) => completedMonths(person.birthDate, date) < 60;
    if (visit.service !== 'kia' || weightKg === undefined || !onKms(visit.date)) return;
    const earlier = await tx.list<Visit>(C.visits, { where: { personId: person.id, service: 'kia' } });
    // A voided weighing counts nowhere: the right one can be recorded in its month.
    const weighings = earlier.items.flatMap((v) =>
      v.voidedAt === undefined && v.measurements.weightKg !== undefined && onKms(v.date)
        ? [{ date: v.date, weightKg: v.measurements.weightKg }]
        : [],
    );
    try {
      assessWeighings(person.birthDate, [...weighings, { date: visit.date, weightKg }]);
    } catch (error) {
      if (error instanceof ValidationError && error.code === 'duplicate_month')
        throw problem(409, 'duplicate_month', {
          id: 'Kolom `date`: anak ini sudah ditimbang pada bulan tersebut (KMS: satu penimbangan per bulan).',
          en: 'Field `date`: this child was already weighed that month (the KMS has one weighing a month).',
        });
      throw error;
    }
  }

  /**
   * A visit to correct or void, with its person's row locked and then its own (the order
   * `createVisit` locks in too): corrections of one visit, or of one child's visits, sent at once run
   * one after another, and none loses another's history entry.
   */
  async function visitToRevise(tx: StoreTx, principal: Principal, id: string) {
    const found = await tx.get<Visit>(C.visits, id);
    if (!found) throw NOT_FOUND.visit();
    const posyandu = await tx.get<Posyandu>(C.posyandu, found.posyanduId);
    if (!posyandu || !reaches(principal, posyandu, 'correct')) throw NOT_FOUND.visit();
    const person = await tx.get<Person>(C.people, found.personId, { forUpdate: true });
    const visit = await tx.get<Visit>(C.visits, id, { forUpdate: true });
    if (!person || !visit) throw NOT_FOUND.visit();
    return { person, visit };
  }

  const implement = (context: ModuleContext) => {
    const at = () => toZonedIso(context.now(), zone);
    const key = (route: string, idempotencyKey: string | undefined) =>
      idempotencyKey === undefined ? undefined : `posyandu.${route}:${idempotencyKey}`;
    const read = <T>(work: (tx: StoreTx) => Promise<T>) => context.store.transaction(work);

    return {
      listPosyandu: ({ query }) =>
        read(async (tx) => {
          const where = query.desaCode === undefined ? {} : { desaCode: query.desaCode };
          const { items, total } = await tx.list<Posyandu>(C.posyandu, { where, ...paging(query) });
          return pageOf(items, total, query.page);
        }),
      getPosyandu: ({ params }) =>
        read(async (tx) => {
          const posyandu = await tx.get<Posyandu>(C.posyandu, params.id);
          if (!posyandu) throw NOT_FOUND.posyandu();
          return posyandu;
        }),
      listHouseholds: ({ params, query, request }) =>
        read(async (tx) => {
          await posyanduOf(tx, context.principal(request), params.posyanduId, false);
          const { items, total } = await tx.list<Household>(C.households, {
            where: { posyanduId: params.posyanduId },
            ...paging(query),
          });
          return pageOf(items, total, query.page);
        }),
      createHousehold: ({ params, body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createHousehold', idempotencyKey), async (tx) => {
          await posyanduOf(tx, context.principal(request), params.posyanduId, true);
          const household: Household = {
            ...body,
            id: `hh-${await tx.nextSequence(C.households)}`,
            posyanduId: params.posyanduId,
            createdAt: at(),
          };
          await tx.insert(C.households, household.id, household);
          return { status: 201 as const, body: household };
        }),
      listPeople: ({ params, request }) =>
        read(async (tx) => {
          await householdOf(tx, context.principal(request), params.householdId, false);
          const { items } = await tx.list<Person>(C.people, { where: { householdId: params.householdId } });
          return { items };
        }),
      createPerson: ({ params, body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createPerson', idempotencyKey), async (tx) => {
          await householdOf(tx, context.principal(request), params.householdId, true);
          if (body.nik !== undefined && (await tx.count(C.people, { where: { nik: body.nik } })) > 0)
            throw problem(409, 'nik_registered', {
              id: 'Kolom `nik` sudah terdaftar untuk orang lain.',
              en: 'Field `nik` is already registered for another person.',
            });
          const person: Person = {
            ...body,
            id: `p-${await tx.nextSequence(C.people)}`,
            householdId: params.householdId,
          };
          await tx.insert(C.people, person.id, person);
          return { status: 201 as const, body: person };
        }),
      createVisit: ({ body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createVisit', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          await posyanduOf(tx, principal, body.posyanduId, true);
          // The person's row is locked until commit: two weighings of one month sent at once
          // cannot both pass the one-a-month check.
          const person = await personOf(tx, principal, body.personId, true);
          await checkVisit(tx, person, body);
          const visit: Visit = { ...body, id: `v-${await tx.nextSequence(C.visits)}`, recordedAt: at() };
          await tx.insert(C.visits, visit.id, visit);
          return { status: 201 as const, body: visit };
        }),
      listVisits: ({ params, query, request }) =>
        read(async (tx) => {
          await personOf(tx, context.principal(request), params.personId, false);
          const { items } = await tx.list<Visit>(C.visits, { where: { personId: params.personId } });
          // Oldest first by date; visits of one day keep the order they were recorded in.
          const sorted = items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const { offset, limit } = paging(query);
          return pageOf(sorted.slice(offset, offset + limit), sorted.length, query.page);
        }),
      getPerson: ({ params, request }) =>
        read(async (tx) =>
          toPersonRecord(await personOf(tx, context.principal(request), params.personId, false)),
        ),
      correctMeasurement: ({ params, body, request }) =>
        context.store.transaction(async (tx) => {
          const principal = context.principal(request);
          const { person, visit } = await visitToRevise(tx, principal, params.visitId);
          try {
            const { visit: corrected, changed } = correctVisitMeasurements(
              visit,
              body,
              actorOf(principal),
              at(),
            );
            const { items } = await tx.list<Visit>(C.visits, { where: { personId: person.id } });
            // Recomputed from the package's functions before anything is stored.
            const growth = await visitGrowth(
              person,
              corrected,
              items.map((v) => (v.id === corrected.id ? corrected : v)),
            );
            if (changed) await tx.update(C.visits, corrected.id, corrected);
            return { visit: corrected, growth };
          } catch (error) {
            throw asProblem(error);
          }
        }),
      voidMeasurement: ({ params, body, request }) =>
        context.store.transaction(async (tx) => {
          const principal = context.principal(request);
          const { visit } = await visitToRevise(tx, principal, params.visitId);
          const { visit: voided, changed } = voidVisit(visit, body.reason, actorOf(principal), at());
          if (changed) await tx.update(C.visits, voided.id, voided);
          return voided;
        }),
      getSkdn: ({ params, request }) =>
        read(async (tx) => {
          await posyanduOf(tx, context.principal(request), params.posyanduId, false);
          const households = await tx.list<Household>(C.households, {
            where: { posyanduId: params.posyanduId },
          });
          const people = households.items.length
            ? (await tx.list<Person>(C.people, { where: { householdId: households.items.map((h) => h.id) } }))
                .items
            : [];
          const visits = people.length
            ? (await tx.list<Visit>(C.visits, { where: { personId: people.map((p) => p.id) } })).items
            : [];
          try {
            const { counts, ratios } = await skdnFromVisits(people, visits, params.month);
            return { posyanduId: params.posyanduId, month: params.month, counts, ratios };
          } catch (error) {
            throw asProblem(error);
          }
        }),
      // Public: counts per posyandu and desa with small cells withheld, nothing about one child.
      getNutritionFigures: ({ params, query }) =>
        read(async (tx) => {
          const where = query.desaCode === undefined ? {} : { desaCode: query.desaCode };
          const posyandu = (await tx.list<Posyandu>(C.posyandu, { where })).items;
          const visits = posyandu.length
            ? (
                await tx.list<Visit>(C.visits, {
                  where: { posyanduId: posyandu.map((p) => p.id), service: 'kia' },
                  prefix: { date: `${params.month}-` },
                })
              ).items
            : [];
          const ids = [...new Set(visits.map((v) => v.personId))];
          const people = ids.length ? (await tx.list<Person>(C.people, { where: { id: ids } })).items : [];
          const figures = await nutritionFiguresFromVisits(
            posyandu.map((p) => ({ posyanduId: p.id, desaCode: p.desaCode })),
            people,
            visits,
            params.month,
            threshold === undefined ? {} : { threshold },
          );
          return { month: params.month, ...figures };
        }),
      getMonthlyReport: ({ params }) =>
        read(async (tx) => {
          if (!(await tx.get(C.posyandu, params.posyanduId))) throw NOT_FOUND.posyandu();
          const report = await tx.get<MonthlyReport>(C.reports, `${params.posyanduId}/${params.month}`);
          if (!report) throw NOT_FOUND.report();
          return report;
        }),
      // Through `once` without a key: two first reports of a month sent at once race for the
      // insert, and the loser runs again as a replacement of the winner's.
      submitMonthlyReport: ({ params, body, request }) =>
        context.once(request, undefined, async (tx) => {
          await posyanduOf(tx, context.principal(request), params.posyanduId, true);
          try {
            skdnFromCounts(body.skdn);
          } catch (error) {
            if (error instanceof ValidationError)
              throw problem(422, error.code, error.messages ?? { id: error.message, en: error.message });
            throw error;
          }
          const id = `${params.posyanduId}/${params.month}`;
          const report: MonthlyReport = {
            ...body,
            posyanduId: params.posyanduId,
            month: params.month,
            submittedAt: at(),
          };
          if (await tx.get(C.reports, id, { forUpdate: true })) await tx.update(C.reports, id, report);
          else await tx.insert(C.reports, id, report);
          return report;
        }) as Promise<MonthlyReport>, // no key, so never a replayed `{ status, body }`
    } satisfies ReturnType<ServerModule<typeof posyanduContract>['implement']>;
  };

  return {
    name: 'posyandu',
    basePath: '/posyandu/v1',
    contract: posyanduContract,
    access: {
      listPosyandu: ANYONE,
      getPosyandu: ANYONE,
      listHouseholds: HEALTH_STAFF,
      createHousehold: KADER_AND_ADMIN,
      listPeople: HEALTH_STAFF,
      createPerson: KADER_AND_ADMIN,
      createVisit: KADER_AND_ADMIN,
      listVisits: HEALTH_STAFF,
      getPerson: HEALTH_STAFF,
      // The kader of the posyandu, the Puskesmas (row-level: its area) and admin.
      correctMeasurement: HEALTH_STAFF,
      voidMeasurement: HEALTH_STAFF,
      getSkdn: HEALTH_STAFF,
      // Aggregated, small cells withheld: no child in it.
      getNutritionFigures: ANYONE,
      // Aggregated counts only: no child or mother in it.
      getMonthlyReport: ANYONE,
      submitMonthlyReport: KADER_AND_ADMIN,
    },
    implement,
    seed: (tx, now) => seedPosyandu(tx, now, zone),
  };
}

/** The posyandu module with the sample KSB health organizations. */
export const posyanduModule: ServerModule<typeof posyanduContract> = createPosyanduModule();
