import { createHttpClient, HttpError } from '@opengov-id/core';
import { createMswHandlers } from '@opengov-id/core/testing';
import {
  assessWeighings,
  classifyZScore,
  completedMonths,
  computeGrowthZScores,
  skdnFromCounts,
} from '@opengov-id/posyandu';
import {
  createPosyanduClient,
  type Household,
  MonthlyReport,
  Person,
  Posyandu,
  posyanduContract,
  Visit,
} from '@opengov-id/posyandu/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createModuleContext } from '../src/context.js';
import type { Principal } from '../src/module.js';
import { POSYANDU_COLLECTIONS as C, posyanduModule } from '../src/modules/posyandu.js';
import type { Store } from '../src/store/types.js';
import { engines } from './engines.js';

const BASE_URL = 'https://posyandu.reference.test/v1';
// 28 November 2026, 10:00 WITA: the sample months are May to October 2026.
const NOW = new Date('2026-11-28T02:00:00Z');
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const MELATI = 'psy-contoh-melati';
const KENANGA = 'psy-contoh-kenanga';

const ADMIN: Principal = { role: 'admin', tokenId: 'tok-admin' };
const PUBLIC: Principal = { role: 'public' };
const KADER_MELATI: Principal = { role: 'reporter', tokenId: 'tok-kader-1', organizationId: MELATI };
const KADER_KENANGA: Principal = { role: 'reporter', tokenId: 'tok-kader-2', organizationId: KENANGA };
const CITIZEN: Principal = { role: 'reporter', tokenId: 'tok-warga' };
const PKM_TALIWANG: Principal = {
  role: 'officer',
  tokenId: 'tok-pkm-1',
  organizationId: 'puskesmas-taliwang',
};
const PKM_SETELUK: Principal = { role: 'officer', tokenId: 'tok-pkm-2', organizationId: 'puskesmas-seteluk' };
const DINKES: Principal = { role: 'officer', tokenId: 'tok-dinkes', organizationId: 'ksb-dinkes' };

const client = () =>
  createPosyanduClient(createHttpClient({ baseUrl: BASE_URL, backoff: { initialMs: 1, maxMs: 2 } }));

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

describe.each(engines)('posyandu module over $name', (engine) => {
  let store: Store;
  let caller: Principal;
  const violations: unknown[] = [];
  const all = <T>(collection: string) =>
    store.transaction(async (tx) => (await tx.list<T>(collection)).items);
  const childNamed = async (name: string) => {
    const found = (await all<Person>(C.people)).find((p) => p.name === name);
    if (!found) throw new Error(`no sample child ${name}`);
    return found;
  };

  beforeEach(async () => {
    store = await engine.create();
    await store.transaction((tx) => posyanduModule.seed?.(tx, NOW) ?? Promise.resolve());
    caller = ADMIN;
    const context = createModuleContext({ store, now: () => NOW, principal: () => caller });
    server.use(
      ...createMswHandlers(posyanduContract, posyanduModule.implement(context), {
        baseUrl: BASE_URL,
        onViolation: (error) => violations.push(error),
      }),
    );
  });
  afterEach(async () => {
    await store.close();
    expect(violations).toEqual([]);
    violations.length = 0;
  });

  describe('seed', () => {
    it("parses with the package's models, marked as sample, without NIKs", async () => {
      const posyandu = await all<Posyandu>(C.posyandu);
      expect(posyandu.map((p) => Posyandu.parse(p).name)).toEqual([
        'Posyandu Melati (CONTOH)',
        'Posyandu Kenanga (CONTOH)',
      ]);
      for (const p of posyandu) expect(p.desaCode.startsWith('52.07.')).toBe(true);
      const households = await all<Household>(C.households);
      for (const h of households) expect(h.dusun).toMatch(/Contoh/);
      const people = await all<Person>(C.people);
      expect(people).toHaveLength(10);
      for (const p of people) {
        expect(Person.parse(p)).toEqual(p);
        expect(p.name).toMatch(/Contoh/);
        expect(p.nik).toBeUndefined();
      }
      const visits = await all<Visit>(C.visits);
      expect(visits).toHaveLength(28);
      for (const v of visits) expect(Visit.parse(v)).toEqual(v);
      const reports = await all<MonthlyReport>(C.reports);
      expect(reports).toHaveLength(12);
      for (const r of reports) {
        expect(MonthlyReport.parse(r)).toEqual(r);
        expect(() => skdnFromCounts(r.skdn)).not.toThrow();
      }
    });

    it('gives SKDN reports that follow the weighings (KMS statuses, BGM by weight-for-age z)', async () => {
      const posyandu = client();
      const skdn = async (id: string, month: string) =>
        (await posyandu.getMonthlyReport({ params: { posyanduId: id, month } })).skdn;
      // May: three children weighed for the first time (B); Citra (6.4 kg at 14 months) is below −3 SD.
      expect(await skdn(MELATI, MONTHS[0] as string)).toEqual({
        S: 3,
        K: 3,
        D: 3,
        N: 0,
        T: 0,
        O: 0,
        B: 3,
        BGM: 1,
      });
      // July: Bayu 9.3 → 9.2 kg (T); Ayu +500 g ≥ KBM 400 g at 6 months (N); Citra +200 g = KBM 200 g at 16 months (N).
      expect(await skdn(MELATI, MONTHS[2] as string)).toEqual({
        S: 3,
        K: 3,
        D: 3,
        N: 2,
        T: 1,
        O: 0,
        B: 0,
        BGM: 1,
      });
      // August: Bayu not weighed; Citra +100 g < KBM 200 g (T). September: Bayu back after a missed month (O).
      expect(await skdn(MELATI, MONTHS[3] as string)).toEqual({
        S: 3,
        K: 3,
        D: 2,
        N: 1,
        T: 1,
        O: 0,
        B: 0,
        BGM: 1,
      });
      expect(await skdn(MELATI, MONTHS[4] as string)).toEqual({
        S: 3,
        K: 3,
        D: 3,
        N: 2,
        T: 0,
        O: 1,
        B: 0,
        BGM: 1,
      });
      // Kenanga in May: Dimas is not born yet, so S counts Eka only.
      expect(await skdn(KENANGA, MONTHS[0] as string)).toMatchObject({ S: 1, D: 1, B: 1 });
      expect(await skdn(KENANGA, MONTHS[1] as string)).toMatchObject({ S: 2, D: 2, B: 1, BGM: 0 });
    });

    it('gives each child a growth history whose z-scores the package computes, none implausible', async () => {
      caller = KADER_MELATI;
      const ayu = await childNamed('Anak Contoh Ayu');
      const visits = (await client().listVisits({ params: { personId: ayu.id } })).items;
      expect(visits.map((v) => v.date)).toEqual(MONTHS.map((m) => `${m}-10`));
      const last = visits.at(-1) as Visit;
      const z = await computeGrowthZScores({
        sex: ayu.sex,
        ageDays: 30 * 9 + 5,
        weightKg: last.measurements.weightKg as number,
        lengthHeightCm: last.measurements.lengthHeightCm as number,
        measured: 'recumbent',
      });
      expect(z.weightForAge?.flagged).toBe(false);
      expect(Math.abs(z.weightForAge?.z as number)).toBeLessThan(1);
      expect(z.lengthHeightForAge?.z).not.toBeNull();
      const history = assessWeighings(
        ayu.birthDate,
        visits.map((v) => ({ date: v.date, weightKg: v.measurements.weightKg as number })),
      );
      expect(history.map((h) => h.status)).toEqual(['B', 'N', 'N', 'N', 'N', 'N']);
    });
  });

  describe('public routes', () => {
    it('lists and gets posyandu, filtered by desa, with 404 for an unknown one', async () => {
      caller = PUBLIC;
      const posyandu = client();
      const page = await posyandu.listPosyandu();
      expect(page).toMatchObject({ page: 1, total: 2 });
      expect(
        (await posyandu.listPosyandu({ query: { desaCode: '52.07.03.2001' } })).items.map((p) => p.id),
      ).toEqual([KENANGA]);
      expect((await posyandu.listPosyandu({ query: { limit: 1, page: 2 } })).items.map((p) => p.id)).toEqual([
        KENANGA,
      ]);
      expect((await posyandu.getPosyandu({ params: { id: MELATI } })).stratum).toBe('madya');
      expect(await status(posyandu.getPosyandu({ params: { id: 'psy-nope' } }))).toBe(404);
    });

    it('gives monthly reports (aggregated counts) to anyone, 404 for a month or posyandu without one', async () => {
      caller = PUBLIC;
      const posyandu = client();
      const report = await posyandu.getMonthlyReport({ params: { posyanduId: KENANGA, month: '2026-10' } });
      expect(report).toMatchObject({ posyanduId: KENANGA, month: '2026-10', opened: true });
      expect(
        await status(posyandu.getMonthlyReport({ params: { posyanduId: KENANGA, month: '2026-11' } })),
      ).toBe(404);
      expect(
        await status(posyandu.getMonthlyReport({ params: { posyanduId: 'psy-x', month: '2026-10' } })),
      ).toBe(404);
    });

    it('declares no personal route open to the public', () => {
      const personal = [
        'listHouseholds',
        'createHousehold',
        'listPeople',
        'createPerson',
        'createVisit',
        'listVisits',
        'getPerson',
        'correctMeasurement',
        'voidMeasurement',
        'getSkdn',
      ];
      for (const route of personal) {
        const roles = posyanduModule.access[route as keyof typeof posyanduModule.access];
        expect(roles, route).not.toContain('public');
        expect(roles, route).not.toContain('walidata');
      }
      expect(Object.keys(posyanduModule.access).sort()).toEqual(Object.keys(posyanduContract.routes).sort());
      for (const route of ['createHousehold', 'createPerson', 'createVisit', 'submitMonthlyReport'] as const)
        expect(posyanduModule.access[route]).toEqual(['reporter', 'admin']);
    });
  });

  describe("a kader's records", () => {
    it('household → person → visit → visits, typed end to end', async () => {
      caller = KADER_MELATI;
      const posyandu = client();
      const household = await posyandu.createHousehold({
        params: { posyanduId: MELATI },
        body: { dusun: 'Dusun Contoh Satu', rt: '007' },
      });
      expect(household).toMatchObject({ posyanduId: MELATI, createdAt: '2026-11-28T10:00:00+08:00' });
      const child = await posyandu.createPerson({
        params: { householdId: household.id },
        body: { name: 'Bayi Contoh', sex: 'female', birthDate: '2026-09-01', role: 'anak' },
      });
      const visit = await posyandu.createVisit({
        body: {
          personId: child.id,
          posyanduId: MELATI,
          date: '2026-11-10',
          service: 'kia',
          measurements: { weightKg: 5.4, lengthHeightCm: 57, measured: 'recumbent' },
        },
      });
      await posyandu.createVisit({
        body: {
          personId: child.id,
          posyanduId: MELATI,
          date: '2026-10-10',
          service: 'kia',
          measurements: { weightKg: 4.3 },
        },
      });
      expect(visit.recordedAt).toBe('2026-11-28T10:00:00+08:00');
      const visits = await posyandu.listVisits({ params: { personId: child.id } });
      expect(visits.items.map((v) => v.date)).toEqual(['2026-10-10', '2026-11-10']);
      expect(
        (await posyandu.listVisits({ params: { personId: child.id }, query: { limit: 1, page: 2 } })).items,
      ).toEqual([visit]);
      expect((await posyandu.listPeople({ params: { householdId: household.id } })).items).toEqual([child]);
      const households = await posyandu.listHouseholds({
        params: { posyanduId: MELATI },
        query: { limit: 100 },
      });
      expect(households.total).toBe(4);
      expect(households.items.at(-1)).toEqual(household);
    });

    it('replays a retried creation with its idempotency key: one record each', async () => {
      caller = KADER_MELATI;
      const posyandu = client();
      const householdBody = { dusun: 'Dusun Contoh Satu' };
      const h1 = await posyandu.createHousehold({
        params: { posyanduId: MELATI },
        body: householdBody,
        idempotencyKey: 'k-hh',
      });
      const h2 = await posyandu.createHousehold({
        params: { posyanduId: MELATI },
        body: householdBody,
        idempotencyKey: 'k-hh',
      });
      expect(h2).toEqual(h1);
      const personBody = {
        name: 'Ibu Contoh Baru',
        sex: 'female' as const,
        birthDate: '1999-02-03',
        nik: '5207024302990001',
        role: 'istri' as const,
      };
      const p1 = await posyandu.createPerson({
        params: { householdId: h1.id },
        body: personBody,
        idempotencyKey: 'k-p',
      });
      const p2 = await posyandu.createPerson({
        params: { householdId: h1.id },
        body: personBody,
        idempotencyKey: 'k-p',
      });
      expect(p2).toEqual(p1);
      const visitBody = {
        personId: p1.id,
        posyanduId: MELATI,
        date: '2026-11-10',
        service: 'kia' as const,
        measurements: { weightKg: 55 },
      };
      const v1 = await posyandu.createVisit({ body: visitBody, idempotencyKey: 'k-v' });
      const v2 = await posyandu.createVisit({ body: visitBody, idempotencyKey: 'k-v' });
      expect(v2).toEqual(v1);
      const count = (collection: string, where: Record<string, string>) =>
        store.transaction((tx) => tx.count(collection, { where }));
      expect(await count(C.households, { posyanduId: MELATI })).toBe(4);
      expect(await count(C.people, { householdId: h1.id })).toBe(1);
      expect(await count(C.visits, { personId: p1.id })).toBe(1);
      // Another kader's same key is another submission.
      caller = ADMIN;
      const other = await posyandu.createHousehold({
        params: { posyanduId: MELATI },
        body: householdBody,
        idempotencyKey: 'k-hh',
      });
      expect(other.id).not.toBe(h1.id);
    });

    it('answers 404 for unknown posyandu, households and people', async () => {
      caller = KADER_MELATI;
      const posyandu = client();
      expect(
        await status(posyandu.createHousehold({ params: { posyanduId: 'psy-x' }, body: { dusun: 'X' } })),
      ).toBe(404);
      expect(await status(posyandu.listHouseholds({ params: { posyanduId: 'psy-x' } }))).toBe(404);
      expect(
        await status(
          posyandu.createPerson({
            params: { householdId: 'hh-999' },
            body: { name: 'X', sex: 'male', birthDate: '2020-01-01', role: 'anak' },
          }),
        ),
      ).toBe(404);
      expect(await status(posyandu.listPeople({ params: { householdId: 'hh-999' } }))).toBe(404);
      expect(
        await status(
          posyandu.createVisit({
            body: {
              personId: 'p-999',
              posyanduId: MELATI,
              date: '2026-11-10',
              service: 'kia',
              measurements: {},
            },
          }),
        ),
      ).toBe(404);
      expect(await status(posyandu.listVisits({ params: { personId: 'p-999' } }))).toBe(404);
    });

    it('answers 409 for a NIK registered twice, a visit before birth, and a second weighing in a month', async () => {
      caller = KADER_MELATI;
      const posyandu = client();
      const [household] = (await posyandu.listHouseholds({ params: { posyanduId: MELATI } })).items;
      const body = {
        name: 'Ibu Contoh',
        sex: 'female' as const,
        birthDate: '1999-02-03',
        nik: '5207024302990001',
        role: 'istri' as const,
      };
      await posyandu.createPerson({ params: { householdId: household?.id as string }, body });
      const again = posyandu.createPerson({
        params: { householdId: household?.id as string },
        body: { ...body, name: 'Lain' },
      });
      await expect(again).rejects.toMatchObject({ status: 409 });
      await expect(again).rejects.not.toThrow(/5207024302990001/);
      const ayu = await childNamed('Anak Contoh Ayu');
      const visit = (date: string, measurements: Record<string, number>) =>
        posyandu.createVisit({
          body: { personId: ayu.id, posyanduId: MELATI, date, service: 'kia', measurements },
        });
      const beforeBirth = visit('2025-12-01', { weightKg: 3 });
      await expect(beforeBirth).rejects.toMatchObject({ status: 409, body: { code: 'date_before_birth' } });
      // Weighed on 10 October; a second weighing on 24 October breaks the KMS's one-a-month.
      const twice = visit('2026-10-24', { weightKg: 8.4 });
      await expect(twice).rejects.toMatchObject({ status: 409, body: { code: 'duplicate_month' } });
      // A visit without a weight that month, and next month's weighing, are fine.
      expect((await visit('2026-10-24', { muacCm: 14 })).measurements).toEqual({ muacCm: 14 });
      expect((await visit('2026-11-10', { weightKg: 8.6 })).date).toBe('2026-11-10');
      expect(await store.transaction((tx) => tx.count(C.visits, { where: { personId: ayu.id } }))).toBe(8);
    });

    it('stores and replaces a monthly report, and refuses inconsistent SKDN counts with 422', async () => {
      caller = KADER_KENANGA;
      const posyandu = client();
      const skdn = { S: 2, K: 2, D: 2, N: 1, T: 0, O: 0, B: 1, BGM: 0 };
      const params = { posyanduId: KENANGA, month: '2026-11' };
      await posyandu.submitMonthlyReport({ params, body: { opened: true, kaderOnDuty: 4, skdn } });
      const replaced = await posyandu.submitMonthlyReport({
        params,
        body: { opened: true, kaderOnDuty: 3, skdn },
      });
      expect(replaced).toMatchObject({ kaderOnDuty: 3, submittedAt: '2026-11-28T10:00:00+08:00' });
      caller = PUBLIC;
      expect(await posyandu.getMonthlyReport({ params })).toEqual(replaced);
      caller = KADER_KENANGA;
      const broken = posyandu.submitMonthlyReport({
        params,
        body: { opened: true, kaderOnDuty: 4, skdn: { ...skdn, D: 3 } },
      });
      await expect(broken).rejects.toMatchObject({ status: 422, body: { code: 'skdn_invariant' } });
      expect((await posyandu.getMonthlyReport({ params })).kaderOnDuty).toBe(3);
      expect(
        await status(
          posyandu.submitMonthlyReport({
            params: { posyanduId: 'psy-x', month: '2026-11' },
            body: { opened: false, kaderOnDuty: 0, skdn },
          }),
        ),
      ).toBe(404);
    });
  });

  describe('corrections, one person, SKDN from visits and public figures', () => {
    const visitsOf = async (personId: string) =>
      (await all<Visit>(C.visits))
        .filter((v) => v.personId === personId)
        .sort((a, b) => (a.date < b.date ? -1 : 1));

    it('computes SKDN from the stored visits equal to the seeded reports, every month of both posyandu', async () => {
      caller = ADMIN;
      const posyandu = client();
      for (const id of [MELATI, KENANGA])
        for (const month of MONTHS) {
          const computed = await posyandu.getSkdn({ params: { posyanduId: id, month } });
          const report = await posyandu.getMonthlyReport({ params: { posyanduId: id, month } });
          const { DPrime: _dPrime, ...counts } = computed.counts;
          expect(counts, `${id} ${month}`).toEqual(report.skdn);
          expect(computed.ratios).toEqual(skdnFromCounts(report.skdn).ratios);
        }
    });

    it("lets the kader and the area's Puskesmas correct a weighing, recomputed and kept in the history", async () => {
      const citra = await childNamed('Anak Contoh Citra');
      const [, , , , , last] = await visitsOf(citra.id);
      if (!last) throw new Error('no visit');
      const before = await client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } });
      caller = KADER_MELATI;
      const measurements = { weightKg: 9.1, lengthHeightCm: 71, measured: 'recumbent' as const };
      const corrected = await client().correctMeasurement({
        params: { visitId: last.id },
        body: { measurements, reason: 'Timbangan belum dinolkan' },
      });
      expect(corrected.visit.revisions).toEqual([
        {
          action: 'corrected',
          at: '2026-11-28T10:00:00+08:00',
          by: { role: 'kader', organizationId: MELATI },
          reason: 'Timbangan belum dinolkan',
          previous: last.measurements,
        },
      ]);
      // The z-scores and N/T/O/B the package computes on its own from the corrected record.
      const days = (Date.parse(last.date) - Date.parse(citra.birthDate)) / 86_400_000;
      const z = await computeGrowthZScores({ sex: citra.sex, ageDays: days, ...measurements });
      expect(corrected.growth.zScores.weightForAge?.z).toBe(z.weightForAge?.z);
      expect(corrected.growth.zScores.lengthHeightForAge?.z).toBe(z.lengthHeightForAge?.z);
      const weighings = (await visitsOf(citra.id)).map((v) => ({
        date: v.date,
        weightKg: (v.id === last.id ? 9.1 : v.measurements.weightKg) as number,
      }));
      expect(corrected.growth.weighing?.status).toBe(
        assessWeighings(citra.birthDate, weighings).at(-1)?.status,
      );
      expect(corrected.growth.weighing?.status).toBe('N');
      // Stored, and the server's SKDN follows: Citra was T in October, now N.
      expect((await visitsOf(citra.id)).at(-1)?.measurements).toEqual(measurements);
      caller = ADMIN;
      const after = await client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } });
      expect(after.counts.N).toBe(before.counts.N + 1);
      expect(after.counts.T).toBe(before.counts.T - 1);

      caller = PKM_TALIWANG;
      const again = await client().correctMeasurement({
        params: { visitId: last.id },
        body: { measurements: { weightKg: 9.0 }, reason: 'Dicek ulang oleh bidan' },
      });
      expect(again.visit.revisions?.map((r) => r.by)).toEqual([
        { role: 'kader', organizationId: MELATI },
        { role: 'puskesmas', organizationId: 'puskesmas-taliwang' },
      ]);
      // The same correction once more (a retry) changes nothing.
      await client().correctMeasurement({
        params: { visitId: last.id },
        body: { measurements: { weightKg: 9.0 }, reason: 'Dicek ulang oleh bidan' },
      });
      expect((await visitsOf(citra.id)).at(-1)?.revisions).toHaveLength(2);
    });

    it('answers 404 outside the caller’s posyandu or area, and 409/422 where the package says no', async () => {
      const ayu = await childNamed('Anak Contoh Ayu');
      const [first, second] = await visitsOf(ayu.id);
      if (!first || !second) throw new Error('no visit');
      const body = { measurements: { weightKg: 6.1 }, reason: 'Koreksi' };
      for (const who of [KADER_KENANGA, PKM_SETELUK, CITIZEN]) {
        caller = who;
        expect(await status(client().correctMeasurement({ params: { visitId: first.id }, body }))).toBe(404);
        expect(
          await status(
            client().voidMeasurement({ params: { visitId: first.id }, body: { reason: 'x x x' } }),
          ),
        ).toBe(404);
        expect(await status(client().getPerson({ params: { personId: ayu.id } }))).toBe(404);
        expect(await status(client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } }))).toBe(
          404,
        );
      }
      caller = KADER_MELATI;
      expect(await status(client().correctMeasurement({ params: { visitId: 'v-999' }, body }))).toBe(404);
      // A weighing a month that already has one: moving the weight onto a second visit of the month.
      const extra = await client().createVisit({
        body: { personId: ayu.id, posyanduId: MELATI, date: second.date, service: 'kia', measurements: {} },
      });
      expect(
        await status(
          client().correctMeasurement({
            params: { visitId: extra.id },
            body: { measurements: { weightKg: 7 }, reason: 'Coba' },
          }),
        ),
      ).toBe(409);
      // The growth functions reject a length under 1 cm (the contract lets any positive one in): 422, nothing stored.
      expect(
        await status(
          client().correctMeasurement({
            params: { visitId: first.id },
            body: { measurements: { weightKg: 6.1, lengthHeightCm: 0.5 }, reason: 'Coba' },
          }),
        ),
      ).toBe(422);
      expect((await visitsOf(ayu.id))[0]).toEqual(first);
    });

    it('voids a weighing: out of SKDN, the right one can be recorded, the voided one not corrected', async () => {
      const bayu = await childNamed('Anak Contoh Bayu');
      const visits = await visitsOf(bayu.id);
      const october = visits.at(-1);
      if (!october) throw new Error('no visit');
      caller = KADER_MELATI;
      const before = await client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } });
      const voided = await client().voidMeasurement({
        params: { visitId: october.id },
        body: { reason: 'Tercatat untuk anak yang salah' },
      });
      expect(voided).toMatchObject({
        voidedAt: '2026-11-28T10:00:00+08:00',
        measurements: october.measurements,
      });
      expect(voided.revisions).toEqual([
        expect.objectContaining({ action: 'voided', by: { role: 'kader', organizationId: MELATI } }),
      ]);
      const after = await client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } });
      expect(after.counts.D).toBe(before.counts.D - 1);
      expect(after.counts.S).toBe(before.counts.S);
      expect(
        await status(
          client().correctMeasurement({
            params: { visitId: october.id },
            body: { measurements: { weightKg: 10 }, reason: 'Coba' },
          }),
        ),
      ).toBe(409);
      // The KMS month is free again for the right weighing.
      const right = await client().createVisit({
        body: {
          personId: bayu.id,
          posyanduId: MELATI,
          date: october.date,
          service: 'kia',
          measurements: { weightKg: 10.2 },
        },
      });
      expect(right.personId).toBe(bayu.id);
      expect((await client().getSkdn({ params: { posyanduId: MELATI, month: '2026-10' } })).counts.D).toBe(
        before.counts.D,
      );
    });

    it('gives one person to the kader and the area’s Puskesmas, the NIK masked', async () => {
      caller = KADER_MELATI;
      const [household] = (await client().listHouseholds({ params: { posyanduId: MELATI } })).items;
      if (!household) throw new Error('no household');
      const nik = '5207024507240001'; // sample, valid in shape only
      const created = await client().createPerson({
        params: { householdId: household.id },
        body: { name: 'Anak Contoh Bernik', sex: 'female', birthDate: '2024-07-05', role: 'anak', nik },
      });
      for (const who of [KADER_MELATI, PKM_TALIWANG, DINKES, ADMIN]) {
        caller = who;
        const person = await client().getPerson({ params: { personId: created.id } });
        expect(person).toMatchObject({ id: created.id, nikMasked: '520702******0001' });
        expect(JSON.stringify(person)).not.toContain(nik);
      }
    });

    it('publishes nutrition figures to the public, small cells withheld, nothing about a child', async () => {
      caller = ADMIN;
      const [household] = (await client().listHouseholds({ params: { posyanduId: MELATI } })).items;
      if (!household) throw new Error('no household');
      const heights = [80, 81, 82, 80.5, 81.5, 90, 91, 92];
      const expected = { stunted: 0 };
      for (const [i, lengthHeightCm] of heights.entries()) {
        const person = await client().createPerson({
          params: { householdId: household.id },
          body: { name: `Anak Contoh Gizi ${i}`, sex: 'male', birthDate: '2024-06-01', role: 'anak' },
        });
        const measurements = { weightKg: 12, lengthHeightCm, measured: 'standing' as const };
        await client().createVisit({
          body: { personId: person.id, posyanduId: MELATI, date: '2026-11-10', service: 'kia', measurements },
        });
        // The outside check: WHO z and the Permenkes category, computed here.
        const z = await computeGrowthZScores({ sex: 'male', ageDays: 892, ...measurements });
        expect(completedMonths('2024-06-01', '2026-11-10')).toBe(29);
        const code = classifyZScore('length_height_for_age', z.lengthHeightForAge?.z as number).code;
        if (code === 'stunted' || code === 'severely_stunted') expected.stunted++;
      }
      expect(expected.stunted).toBe(5);
      caller = PUBLIC;
      const figures = await client().getNutritionFigures({ params: { month: '2026-11' } });
      expect(figures.threshold).toBe(5);
      const melati = figures.posyandu.find((p) => p.posyanduId === MELATI);
      expect(melati).toMatchObject({ childrenWeighed: 8, stunted: { count: 5, measured: 8, share: 5 / 8 } });
      expect(melati?.wasted.count).toBeNull();
      const kenanga = figures.posyandu.find((p) => p.posyanduId === KENANGA);
      expect(kenanga?.childrenWeighed).toBeNull();
      expect(figures.desa.find((d) => d.desaCode === '52.07.02.2001')).toMatchObject({ childrenWeighed: 8 });
      const text = JSON.stringify(figures);
      expect(text).not.toMatch(/Anak Contoh|p-\d|v-\d|2024-06-01/);
      // October's three Melati children: every count below 5, so nothing of them is published.
      const october = await client().getNutritionFigures({
        params: { month: '2026-10' },
        query: { desaCode: '52.07.02.2001' },
      });
      expect(october.posyandu.map((p) => p.posyanduId)).toEqual([MELATI]);
      expect(october.posyandu[0]?.childrenWeighed).toBeNull();
      expect(october.desa[0]?.stunted).toEqual({ count: null, measured: null, share: null });
    });
  });

  describe('row-level rules', () => {
    it("keeps a kader to their own posyandu and a citizen's token out", async () => {
      const posyandu = client();
      const bayu = await childNamed('Anak Contoh Bayu');
      const [melatiHousehold] = (await posyandu.listHouseholds({ params: { posyanduId: MELATI } })).items;
      const hh = melatiHousehold?.id as string;
      for (const who of [KADER_KENANGA, CITIZEN]) {
        caller = who;
        expect(await status(posyandu.listHouseholds({ params: { posyanduId: MELATI } }))).toBe(404);
        expect(
          await status(posyandu.createHousehold({ params: { posyanduId: MELATI }, body: { dusun: 'X' } })),
        ).toBe(404);
        expect(await status(posyandu.listPeople({ params: { householdId: hh } }))).toBe(404);
        expect(
          await status(
            posyandu.createPerson({
              params: { householdId: hh },
              body: { name: 'X', sex: 'male', birthDate: '2020-01-01', role: 'anak' },
            }),
          ),
        ).toBe(404);
        expect(await status(posyandu.listVisits({ params: { personId: bayu.id } }))).toBe(404);
        expect(
          await status(
            posyandu.submitMonthlyReport({
              params: { posyanduId: MELATI, month: '2026-11' },
              body: {
                opened: false,
                kaderOnDuty: 0,
                skdn: { S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, BGM: 0 },
              },
            }),
          ),
        ).toBe(404);
      }
      // Kenanga's kader cannot record a Melati child's visit at Kenanga either.
      caller = KADER_KENANGA;
      expect(
        await status(
          posyandu.createVisit({
            body: {
              personId: bayu.id,
              posyanduId: KENANGA,
              date: '2026-11-12',
              service: 'kia',
              measurements: { weightKg: 10.3 },
            },
          }),
        ),
      ).toBe(404);
      expect(await store.transaction((tx) => tx.count(C.households))).toBe(5);
      expect(await store.transaction((tx) => tx.count(C.reports, { where: { month: '2026-11' } }))).toBe(0);
    });

    it("lets a Puskesmas read its own area's posyandu only, the Dinas Kesehatan all, and neither write", async () => {
      const posyandu = client();
      const bayu = await childNamed('Anak Contoh Bayu');
      caller = PKM_TALIWANG;
      expect((await posyandu.listHouseholds({ params: { posyanduId: MELATI } })).total).toBe(3);
      expect((await posyandu.listVisits({ params: { personId: bayu.id } })).total).toBe(5);
      expect(await status(posyandu.listHouseholds({ params: { posyanduId: KENANGA } }))).toBe(404);
      caller = PKM_SETELUK;
      expect(await status(posyandu.listHouseholds({ params: { posyanduId: MELATI } }))).toBe(404);
      expect(await status(posyandu.listVisits({ params: { personId: bayu.id } }))).toBe(404);
      expect((await posyandu.listHouseholds({ params: { posyanduId: KENANGA } })).total).toBe(2);
      caller = DINKES;
      expect((await posyandu.listHouseholds({ params: { posyanduId: MELATI } })).total).toBe(3);
      expect((await posyandu.listHouseholds({ params: { posyanduId: KENANGA } })).total).toBe(2);
      expect(
        await status(posyandu.createHousehold({ params: { posyanduId: KENANGA }, body: { dusun: 'X' } })),
      ).toBe(404);
      caller = { role: 'officer', tokenId: 'tok-x', organizationId: 'ksb-pupr' };
      expect(await status(posyandu.listHouseholds({ params: { posyanduId: MELATI } }))).toBe(404);
    });
  });
});
