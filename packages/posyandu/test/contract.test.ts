import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHttpClient, HttpError, ValidationError } from '@opengov-id/core';
import { compileErrors, validate as validateOpenApi } from '@readme/openapi-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createPosyanduClient, type Posyandu } from '../src/contract/index.js';
import { createFieldRecord } from '../src/index.js';
import {
  createInMemoryPosyanduApi,
  createPosyanduMswHandlers,
  type InMemoryPosyanduApi,
} from '../src/testing/index.js';
import { posyanduOpenApi } from './openapi.js';

const BASE_URL = 'https://posyandu.test/api/v1';
const melati: Posyandu = {
  id: 'psy-1',
  name: 'Posyandu Melati',
  desaCode: '52.07.02.2001',
  dusun: 'Bersatu',
  services: ['kia', 'lansia'],
  stratum: 'madya',
  kaderCount: 5,
};

let api: InMemoryPosyanduApi;
const violations: unknown[] = [];
beforeEach(() => {
  api = createInMemoryPosyanduApi({ posyandu: [melati] });
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

describe('createPosyanduClient over the in-memory API', () => {
  it('household → person → visit → visits, typed end to end', async () => {
    const posyandu = client();
    expect((await posyandu.listPosyandu({ query: { desaCode: '52.07.02.2001' } })).items).toEqual([melati]);
    const household = await posyandu.createHousehold({
      params: { posyanduId: 'psy-1' },
      body: { dusun: 'Bersatu', rt: '001' },
    });
    const child = await posyandu.createPerson({
      params: { householdId: household.id },
      body: { name: 'Bayi Ny. Siti', sex: 'female', birthDate: '2026-01-05', role: 'anak' },
    });
    await posyandu.createVisit({
      body: {
        personId: child.id,
        posyanduId: 'psy-1',
        date: '2026-03-16',
        service: 'kia',
        measurements: { weightKg: 5.1 },
      },
    });
    await posyandu.createVisit({
      body: {
        personId: child.id,
        posyanduId: 'psy-1',
        date: '2026-02-16',
        service: 'kia',
        measurements: { weightKg: 4.2 },
      },
    });
    const visits = await posyandu.listVisits({ params: { personId: child.id } });
    expect(visits.items.map((v) => v.date)).toEqual(['2026-02-16', '2026-03-16']);
    expect(visits.total).toBe(2);
  });

  it("a kader's retry with the field record's idempotency key creates one visit", async () => {
    const posyandu = client();
    const household = await posyandu.createHousehold({
      params: { posyanduId: 'psy-1' },
      body: { dusun: 'Bersatu' },
    });
    const person = await posyandu.createPerson({
      params: { householdId: household.id },
      body: {
        name: 'Siti',
        sex: 'female',
        birthDate: '2005-07-05',
        nik: '52.07.02-450705-0001',
        role: 'istri',
      },
    });
    expect(person.nik).toBe('5207024507050001');
    const body = {
      personId: person.id,
      posyanduId: 'psy-1',
      date: '2026-03-16',
      service: 'posbindu' as const,
      measurements: { systolic: 142, diastolic: 91 },
    };
    const record = createFieldRecord({ kind: 'visit', posyanduId: 'psy-1', payload: body });
    const first = await posyandu.createVisit({ body, idempotencyKey: record.idempotencyKey });
    const retry = await posyandu.createVisit({ body, idempotencyKey: record.idempotencyKey });
    expect(retry).toEqual(first);
    expect(api.store.visits.size).toBe(1);
  });

  it('monthly report: stored, and inconsistent SKDN refused by the server (422)', async () => {
    const posyandu = client();
    const skdn = { S: 50, K: 45, D: 40, N: 28, T: 6, O: 4, B: 2, BGM: 1 };
    await posyandu.submitMonthlyReport({
      params: { posyanduId: 'psy-1', month: '2026-03' },
      body: { opened: true, kaderOnDuty: 5, skdn },
    });
    expect(
      (await posyandu.getMonthlyReport({ params: { posyanduId: 'psy-1', month: '2026-03' } })).skdn,
    ).toEqual(skdn);
    await expect(
      posyandu.submitMonthlyReport({
        params: { posyanduId: 'psy-1', month: '2026-04' },
        body: { opened: true, kaderOnDuty: 5, skdn: { ...skdn, D: 41 } },
      }),
    ).rejects.toBeInstanceOf(HttpError);
  });

  it('invalid requests fail locally with a ValidationError naming the field; unknown ids are 404', async () => {
    const posyandu = client();
    await expect(
      posyandu.createVisit({
        body: { personId: 'p-1', posyanduId: 'psy-1', date: '2026-02-30', service: 'kia', measurements: {} },
      }),
    ).rejects.toThrow(/body\.date/);
    await expect(
      posyandu.createPerson({
        params: { householdId: 'hh-1' },
        body: { name: 'X', sex: 'male', birthDate: '2005-07-05', nik: '5207023207050001', role: 'anak' },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(posyandu.getPosyandu({ params: { id: 'psy-404' } })).rejects.toMatchObject({ status: 404 });
  });
});

describe('OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document with every route, and docs/openapi.json is current', async () => {
    const document = posyanduOpenApi();
    const result = await validateOpenApi(structuredClone(document) as never);
    expect(result.valid ? [] : compileErrors(result)).toEqual([]);
    expect(Object.keys(document.paths).sort()).toEqual([
      '/households/{householdId}/people',
      '/nutrition-figures/{month}',
      '/people/{personId}',
      '/people/{personId}/visits',
      '/posyandu',
      '/posyandu/{id}',
      '/posyandu/{posyanduId}/households',
      '/posyandu/{posyanduId}/reports/{month}',
      '/posyandu/{posyanduId}/skdn/{month}',
      '/visits',
      '/visits/{visitId}/measurements',
      '/visits/{visitId}/void',
    ]);
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'docs', 'openapi.json'), 'utf8'),
    );
    // Regenerate with: node scripts/run-source.mjs scripts/generate-posyandu-openapi.ts
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
