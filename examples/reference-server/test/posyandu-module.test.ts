import { createHttpClient, HttpError } from '@opengov-id/core';
import { createMswHandlers } from '@opengov-id/core/testing';
import { assessWeighings, computeGrowthZScores, skdnFromCounts } from '@opengov-id/posyandu';
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
