import { createHttpClient, HttpError } from '@opengov-id/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createPosyanduClient, type Posyandu } from '../src/contract/index.js';
import { assessWeighings } from '../src/index.js';
import { createInMemoryPosyanduApi, createPosyanduMswHandlers } from '../src/testing/index.js';

const BASE_URL = 'https://posyandu.test/api/v1';
const melati: Posyandu = {
  id: 'psy-1',
  name: 'Posyandu Melati',
  desaCode: '52.07.02.2001',
  dusun: 'Bersatu',
  services: ['kia'],
  stratum: 'madya',
  kaderCount: 5,
};
const violations: unknown[] = [];
beforeEach(() => {
  const api = createInMemoryPosyanduApi(
    { posyandu: [melati] },
    { actor: () => ({ role: 'kader', organizationId: 'psy-1' }) },
  );
  server.use(
    ...createPosyanduMswHandlers(api.implementation, {
      baseUrl: BASE_URL,
      onViolation: (e) => violations.push(e),
    }),
  );
});
afterEach(() => {
  server.resetHandlers();
  expect(violations).toEqual([]);
});
const client = () =>
  createPosyanduClient(createHttpClient({ baseUrl: BASE_URL, backoff: { initialMs: 1, maxMs: 2 } }));
const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof HttpError ? e.status : e),
  );

async function childWithWeighings(api: ReturnType<typeof client>, weights: Array<[string, number]>) {
  const household = await api.createHousehold({
    params: { posyanduId: 'psy-1' },
    body: { dusun: 'Bersatu' },
  });
  const child = await api.createPerson({
    params: { householdId: household.id },
    body: {
      name: 'Anak Contoh',
      sex: 'female',
      birthDate: '2025-01-10',
      role: 'anak',
      nik: '5207024101250001',
    },
  });
  const visits = [];
  for (const [date, weightKg] of weights)
    visits.push(
      await api.createVisit({
        body: { personId: child.id, posyanduId: 'psy-1', date, service: 'kia', measurements: { weightKg } },
      }),
    );
  return { child, visits };
}

describe('corrections, voiding, one person, SKDN and figures over the in-memory API', () => {
  it('corrects a weighing, keeps the old value in the history and recomputes N/T/O/B', async () => {
    const api = client();
    const { visits } = await childWithWeighings(api, [
      ['2025-03-12', 5.6],
      ['2025-04-14', 6.5],
      ['2025-05-12', 6.8],
    ]);
    const may = visits[2];
    if (!may) throw new Error('no visit');
    const body = { measurements: { weightKg: 7.2 }, reason: 'Salah baca timbangan' };
    const corrected = await api.correctMeasurement({ params: { visitId: may.id }, body });
    expect(corrected.visit.measurements).toEqual({ weightKg: 7.2 });
    expect(corrected.visit.revisions).toEqual([
      {
        action: 'corrected',
        at: '2026-03-16T09:00:00+08:00',
        by: { role: 'kader', organizationId: 'psy-1' },
        reason: 'Salah baca timbangan',
        previous: { weightKg: 6.8 },
      },
    ]);
    const oracle = assessWeighings('2025-01-10', [
      { date: '2025-03-12', weightKg: 5.6 },
      { date: '2025-04-14', weightKg: 6.5 },
      { date: '2025-05-12', weightKg: 7.2 },
    ]);
    expect(corrected.growth.weighing).toMatchObject({
      status: oracle[2]?.status,
      gainGrams: oracle[2]?.gainGrams,
    });
    expect(corrected.growth.weighing?.status).toBe('N');
    // The same correction again (a retry) adds no second entry.
    const again = await api.correctMeasurement({ params: { visitId: may.id }, body });
    expect(again.visit.revisions).toHaveLength(1);
    const listed = await api.listVisits({ params: { personId: may.personId } });
    expect(listed.items[2]?.measurements).toEqual({ weightKg: 7.2 });
  });

  it('voids a weighing: history kept, left out of SKDN, not correctable any more, voiding twice is a no-op', async () => {
    const api = client();
    const { visits } = await childWithWeighings(api, [
      ['2025-04-14', 6.5],
      ['2025-05-12', 6.8],
    ]);
    const [april, may] = visits;
    if (!april || !may) throw new Error('no visit');
    expect((await api.getSkdn({ params: { posyanduId: 'psy-1', month: '2025-05' } })).counts).toMatchObject({
      S: 1,
      D: 1,
      T: 1,
      O: 0,
    });
    const voided = await api.voidMeasurement({
      params: { visitId: april.id },
      body: { reason: 'Anak yang salah' },
    });
    expect(voided.voidedAt).toBe('2026-03-16T09:00:00+08:00');
    expect(voided.revisions?.[0]).toMatchObject({ action: 'voided', previous: { weightKg: 6.5 } });
    const twice = await api.voidMeasurement({ params: { visitId: april.id }, body: { reason: 'Lagi' } });
    expect(twice.revisions).toHaveLength(1);
    const skdn = await api.getSkdn({ params: { posyanduId: 'psy-1', month: '2025-05' } });
    // April was the first weighing: without it May is the first ever, B.
    expect(skdn.counts).toMatchObject({ S: 1, D: 1, T: 0, O: 0, B: 1 });
    expect(skdn.ratios.DS).toBe(1);
    expect(
      await statusOf(
        api.correctMeasurement({
          params: { visitId: april.id },
          body: { measurements: { weightKg: 6 }, reason: 'Coba' },
        }),
      ),
    ).toBe(409);
  });

  it('answers 409 to a correction that makes a second weighing in a month, 404 to an unknown visit', async () => {
    const api = client();
    const { child } = await childWithWeighings(api, [['2025-05-12', 6.8]]);
    const second = await api.createVisit({
      body: { personId: child.id, posyanduId: 'psy-1', date: '2025-05-20', service: 'kia', measurements: {} },
    });
    const error = await api
      .correctMeasurement({
        params: { visitId: second.id },
        body: { measurements: { weightKg: 6.9 }, reason: 'Ditimbang' },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409 });
    expect(
      await statusOf(api.voidMeasurement({ params: { visitId: 'v-404' }, body: { reason: 'Tidak ada' } })),
    ).toBe(404);
  });

  it('checks correction bodies strictly before sending', async () => {
    const api = client();
    await expect(
      api.correctMeasurement({
        params: { visitId: 'v-1' },
        body: { measurements: { weightKg: 7 }, reason: 'ok ok', extra: 1 } as never,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      api.voidMeasurement({ params: { visitId: 'v-1' }, body: { reason: '' } }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('gives one person with the NIK masked', async () => {
    const api = client();
    const { child } = await childWithWeighings(api, []);
    const person = await api.getPerson({ params: { personId: child.id } });
    expect(person.nikMasked).toBe('520702******0001');
    expect(JSON.stringify(person)).not.toContain('5207024101250001');
    expect(await statusOf(api.getPerson({ params: { personId: 'p-404' } }))).toBe(404);
  });

  it('publishes figures with small cells withheld', async () => {
    const api = client();
    const household = await api.createHousehold({
      params: { posyanduId: 'psy-1' },
      body: { dusun: 'Bersatu' },
    });
    for (let i = 0; i < 6; i++) {
      const p = await api.createPerson({
        params: { householdId: household.id },
        body: { name: `Anak ${i}`, sex: 'male', birthDate: '2024-06-01', role: 'anak' },
      });
      await api.createVisit({
        body: {
          personId: p.id,
          posyanduId: 'psy-1',
          date: '2026-03-10',
          service: 'kia',
          measurements: { weightKg: 9.5, lengthHeightCm: 78, measured: 'recumbent' },
        },
      });
    }
    const figures = await api.getNutritionFigures({ params: { month: '2026-03' } });
    expect(figures.threshold).toBe(5);
    expect(figures.posyandu[0]).toMatchObject({ posyanduId: 'psy-1', childrenWeighed: 6 });
    expect(figures.desa[0]).toMatchObject({ desaCode: '52.07.02.2001', childrenWeighed: 6 });
    // Counts 0–4 of a category are withheld.
    expect(figures.posyandu[0]?.wasted.count).toBeNull();
    const other = await api.getNutritionFigures({
      params: { month: '2026-03' },
      query: { desaCode: '52.07.02.2002' },
    });
    expect(other.posyandu).toEqual([]);
  });
});
