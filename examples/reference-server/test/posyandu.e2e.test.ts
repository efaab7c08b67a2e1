import { HttpError } from '@opengov-id/core';
import { createPosyanduClient, type PosyanduClient } from '@opengov-id/posyandu/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSYANDU_COLLECTIONS as C } from '../src/modules/posyandu.js';
import { engines } from './engines.js';
import { startTestServer, type TestServer } from './helpers.js';

// The sample kader token works for Posyandu Melati (Taliwang); the sample Puskesmas officer
// reads the posyandu of Kec. Taliwang (52.07.02) and not those of Seteluk (Kenanga).
const MELATI = 'psy-contoh-melati';
const KENANGA = 'psy-contoh-kenanga';

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

describe.each(engines)('posyandu over HTTP: $name', (engine) => {
  let server: TestServer;
  let kader: PosyanduClient;
  let puskesmas: PosyanduClient;
  let publicClient: PosyanduClient;
  beforeEach(async () => {
    server = await startTestServer(engine);
    kader = createPosyanduClient(server.http('/posyandu/v1', 'kader'));
    puskesmas = createPosyanduClient(server.http('/posyandu/v1', 'puskesmas'));
    publicClient = createPosyanduClient(server.http('/posyandu/v1'));
  });
  afterEach(async () => {
    await server.close();
  });
  const count = (collection: string) => server.store.transaction((tx) => tx.count(collection));

  it('lets a kader register a household, a child and its visits once each, replays included', async () => {
    const listed = await kader.listPosyandu();
    expect(listed.items.map((p) => p.id).sort()).toEqual([KENANGA, MELATI]);

    const households = await count(C.households);
    const hhKey = crypto.randomUUID();
    const household = await kader.createHousehold({
      params: { posyanduId: MELATI },
      body: { dusun: 'Dusun Contoh Satu', rt: '003', rw: '001' },
      idempotencyKey: hhKey,
    });
    expect(household).toMatchObject({ posyanduId: MELATI, createdAt: '2026-03-02T09:00:00+08:00' });
    // The kader's phone lost the answer and sends again: the same household, not a second one.
    expect(
      await kader.createHousehold({
        params: { posyanduId: MELATI },
        body: { dusun: 'Dusun Contoh Satu', rt: '003', rw: '001' },
        idempotencyKey: hhKey,
      }),
    ).toEqual(household);
    expect(await count(C.households)).toBe(households + 1);

    const personKey = crypto.randomUUID();
    const newChild = {
      name: 'Anak Contoh Uji',
      sex: 'female',
      birthDate: '2025-10-15',
      role: 'anak',
    } as const;
    const child = await kader.createPerson({
      params: { householdId: household.id },
      body: newChild,
      idempotencyKey: personKey,
    });
    expect(
      await kader.createPerson({
        params: { householdId: household.id },
        body: newChild,
        idempotencyKey: personKey,
      }),
    ).toEqual(child);
    expect((await kader.listPeople({ params: { householdId: household.id } })).items).toEqual([child]);

    const visitKey = crypto.randomUUID();
    const visit = (date: string, weightKg: number) => ({
      personId: child.id,
      posyanduId: MELATI,
      date,
      service: 'kia' as const,
      measurements: { weightKg, lengthHeightCm: 62.5, measured: 'recumbent' as const },
    });
    const march = await kader.createVisit({ body: visit('2026-03-02', 6.1), idempotencyKey: visitKey });
    expect(await kader.createVisit({ body: visit('2026-03-02', 6.1), idempotencyKey: visitKey })).toEqual(
      march,
    );
    const february = await kader.createVisit({ body: visit('2026-02-10', 5.6) });
    // A second weighing in March breaks the KMS rule: 409, nothing stored.
    expect(await status(kader.createVisit({ body: visit('2026-03-20', 6.3) }))).toBe(409);
    const visits = await kader.listVisits({ params: { personId: child.id } });
    expect(visits.items.map((v) => v.id)).toEqual([february.id, march.id]);
    expect(visits.total).toBe(2);
    expect(
      await server.store.transaction((tx) => tx.count(C.visits, { where: { personId: child.id } })),
    ).toBe(2);

    const skdn = { S: 40, K: 38, D: 33, N: 25, T: 5, O: 2, B: 1, BGM: 1 };
    const submitted = await kader.submitMonthlyReport({
      params: { posyanduId: MELATI, month: '2026-03' },
      body: { opened: true, kaderOnDuty: 5, skdn },
    });
    expect(submitted).toMatchObject({ posyanduId: MELATI, month: '2026-03', skdn });
    // The monthly report is aggregated counts: anyone may read it.
    expect(await publicClient.getMonthlyReport({ params: { posyanduId: MELATI, month: '2026-03' } })).toEqual(
      submitted,
    );
    // Not another posyandu's records.
    expect(await status(kader.listHouseholds({ params: { posyanduId: KENANGA } }))).toBe(404);
    expect(
      await status(
        kader.createHousehold({ params: { posyanduId: KENANGA }, body: { dusun: 'Dusun Contoh Dua' } }),
      ),
    ).toBe(404);
  });

  it('lets the Puskesmas of the area read but not write, and the public see only aggregates', async () => {
    const household = await kader.createHousehold({
      params: { posyanduId: MELATI },
      body: { dusun: 'Dusun A' },
    });
    const child = await kader.createPerson({
      params: { householdId: household.id },
      body: { name: 'Anak Contoh Baca', sex: 'male', birthDate: '2025-12-01', role: 'anak' },
    });
    await kader.createVisit({
      body: {
        personId: child.id,
        posyanduId: MELATI,
        date: '2026-03-02',
        service: 'kia',
        measurements: { weightKg: 5 },
      },
    });

    const read = await puskesmas.listHouseholds({ params: { posyanduId: MELATI }, query: { limit: 100 } });
    expect(read.items.map((h) => h.id)).toContain(household.id);
    expect((await puskesmas.listPeople({ params: { householdId: household.id } })).items).toEqual([child]);
    expect((await puskesmas.listVisits({ params: { personId: child.id } })).total).toBe(1);
    // Kenanga lies in Seteluk, outside Puskesmas Taliwang's area: as if it did not exist.
    expect(await status(puskesmas.listHouseholds({ params: { posyanduId: KENANGA } }))).toBe(404);

    const writes = server.store.writes();
    expect(
      await status(puskesmas.createHousehold({ params: { posyanduId: MELATI }, body: { dusun: 'X' } })),
    ).toBe(403);
    expect(
      await status(
        puskesmas.createVisit({
          body: {
            personId: child.id,
            posyanduId: MELATI,
            date: '2026-02-02',
            service: 'kia',
            measurements: {},
          },
        }),
      ),
    ).toBe(403);
    expect(
      await status(
        puskesmas.submitMonthlyReport({
          params: { posyanduId: MELATI, month: '2026-03' },
          body: { opened: true, kaderOnDuty: 1, skdn: { S: 1, K: 1, D: 1, N: 1, T: 0, O: 0, B: 0, BGM: 0 } },
        }),
      ),
    ).toBe(403);
    expect(server.store.writes()).toBe(writes);

    // The public: the posyandu and their monthly reports (seeded for the six months before now).
    expect((await publicClient.getPosyandu({ params: { id: MELATI } })).name).toMatch(/CONTOH/);
    const february = await publicClient.getMonthlyReport({
      params: { posyanduId: MELATI, month: '2026-02' },
    });
    expect(february.skdn.S).toBeGreaterThan(0);
    for (const attempt of [
      publicClient.listHouseholds({ params: { posyanduId: MELATI } }),
      publicClient.listPeople({ params: { householdId: household.id } }),
      publicClient.listVisits({ params: { personId: child.id } }),
    ])
      expect(await status(attempt)).toBe(401);
    // Nothing a public answer carried names the child.
    for (const body of server.errorBodies) expect(body).not.toContain('Anak Contoh Baca');
  });

  it('corrects and voids weighings with an audit history, computes SKDN, and publishes only withheld-safe figures', async () => {
    const household = await kader.createHousehold({
      params: { posyanduId: MELATI },
      body: { dusun: 'Dusun Contoh Dua' },
    });
    const child = await kader.createPerson({
      params: { householdId: household.id },
      body: {
        name: 'Anak Contoh Koreksi',
        sex: 'male',
        birthDate: '2025-05-02',
        role: 'anak',
        nik: '5207020205250001',
      },
    });
    const weigh = (date: string, weightKg: number) =>
      kader.createVisit({
        body: { personId: child.id, posyanduId: MELATI, date, service: 'kia', measurements: { weightKg } },
      });
    const january = await weigh('2026-01-12', 8.1);
    const february = await weigh('2026-02-09', 8.0);

    // A Puskesmas officer (its area holds Melati) fixes the February slip; a kader's retry is harmless.
    const fixed = await puskesmas.correctMeasurement({
      params: { visitId: february.id },
      body: { measurements: { weightKg: 8.6 }, reason: 'Salah ketik 8,0 seharusnya 8,6' },
    });
    expect(fixed.growth.weighing).toMatchObject({ status: 'N', gainGrams: 500 });
    expect(fixed.visit.revisions).toEqual([
      expect.objectContaining({
        by: { role: 'puskesmas', organizationId: 'puskesmas-taliwang' },
        previous: { weightKg: 8 },
      }),
    ]);
    const skdn = await kader.getSkdn({ params: { posyanduId: MELATI, month: '2026-02' } });
    expect(skdn.counts.D).toBeGreaterThanOrEqual(1);
    // January entered for the wrong child: voided, kept, counted nowhere.
    const januaryBefore = await kader.getSkdn({ params: { posyanduId: MELATI, month: '2026-01' } });
    const voided = await kader.voidMeasurement({
      params: { visitId: january.id },
      body: { reason: 'Anak yang salah' },
    });
    expect(voided.voidedAt).toBe('2026-03-02T09:00:00+08:00');
    const januaryAfter = await kader.getSkdn({ params: { posyanduId: MELATI, month: '2026-01' } });
    expect(januaryAfter.counts.D).toBe(januaryBefore.counts.D - 1);
    expect(januaryAfter.counts.S).toBe(januaryBefore.counts.S);
    const visits = await kader.listVisits({ params: { personId: child.id } });
    expect(visits.items.map((v) => v.voidedAt !== undefined)).toEqual([true, false]);

    // One person: the NIK masked, for the kader and the Puskesmas; nobody else.
    expect((await puskesmas.getPerson({ params: { personId: child.id } })).nikMasked).toBe(
      '520702******0001',
    );
    expect(await status(publicClient.getPerson({ params: { personId: child.id } }))).toBe(401);
    for (const attempt of [
      publicClient.correctMeasurement({
        params: { visitId: february.id },
        body: { measurements: {}, reason: 'Coba saja' },
      }),
      publicClient.voidMeasurement({ params: { visitId: february.id }, body: { reason: 'Coba saja' } }),
      publicClient.getSkdn({ params: { posyanduId: MELATI, month: '2026-02' } }),
    ])
      expect(await status(attempt)).toBe(401);

    // The public figures: the sample posyandu are small, so every count is withheld.
    const figures = await publicClient.getNutritionFigures({ params: { month: '2026-02' } });
    expect(figures.threshold).toBe(5);
    expect(figures.posyandu.map((p) => p.posyanduId).sort()).toEqual([KENANGA, MELATI]);
    for (const area of [...figures.posyandu, ...figures.desa]) expect(area.childrenWeighed).toBeNull();
    expect(JSON.stringify(figures)).not.toContain('Anak Contoh');
  });
});
