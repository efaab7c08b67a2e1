import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isOpenGovError, listChildren, ValidationError } from '@opengov-id/core';
import {
  type RouteResult,
  RoutingTable,
  type RoutingTableInput,
  routeAspiration,
  URUSAN_SECTORS,
} from '../src/index.js';
import { ksbLikeRoutingTable } from './fixtures/ksb-like.js';

let table: RoutingTableInput;
beforeAll(async () => {
  table = await ksbLikeRoutingTable();
});

const TALIWANG_DESA = '52.07.02.2001';

describe('routeAspiration on a KSB-like table', () => {
  it('resolves every sector in every desa/kelurahan of Sumbawa Barat (33 × 65)', () => {
    const villages = listChildren('52.07').flatMap((k) => listChildren(k.code));
    expect(villages).toHaveLength(65);
    let routed = 0;
    for (const sector of URUSAN_SECTORS.sectors) {
      for (const village of villages) {
        const route = routeAspiration({ sector: sector.id, areaCode: village.code }, table);
        expect(route.kind).toBe('routed');
        expect(route.steps[0]).toMatchObject({ rule: 'sector', sector: sector.id });
        expect(route.organizationIds[0]).toBe(route.leadOrganizationId);
        expect(route.organizationIds).toContain(
          (route.steps[0] as { organizationId: string }).organizationId,
        );
        routed++;
      }
    }
    expect(routed).toBe(33 * 65);
  });

  it('lets the desa act where the sector allows it (village roads)', () => {
    const route = routeAspiration(
      { sector: 'pekerjaan_umum_penataan_ruang', areaCode: TALIWANG_DESA },
      table,
    );
    expect(route).toMatchObject({
      kind: 'routed',
      leadOrganizationId: `desa-${TALIWANG_DESA}`,
      level: 'desa',
    });
    expect(route.organizationIds).toEqual([`desa-${TALIWANG_DESA}`, 'ksb-pupr']);
    expect(route.explanation.id).toContain('menindaklanjuti');
  });

  it('escalates from the desa to the kecamatan when only the kecamatan may act (KTP at the kantor camat)', () => {
    const route = routeAspiration({ sector: 'administrasi_kependudukan', areaCode: TALIWANG_DESA }, table);
    expect(route.leadOrganizationId).toBe('kec-52.07.02');
    expect(route.level).toBe('kecamatan');
    expect(route.steps).toEqual([
      { rule: 'sector', sector: 'administrasi_kependudukan', organizationId: 'ksb-disdukcapil' },
      {
        rule: 'area',
        areaCode: TALIWANG_DESA,
        level: 'desa',
        organizationId: `desa-${TALIWANG_DESA}`,
        acts: false,
      },
      { rule: 'escalation', from: 'desa', to: 'kecamatan', reason: 'sector_not_local' },
      { rule: 'area', areaCode: '52.07.02', level: 'kecamatan', organizationId: 'kec-52.07.02', acts: true },
    ]);
  });

  it('escalates to the kabupaten OPD when no level below can act', () => {
    const route = routeAspiration({ sector: 'kesehatan', areaCode: TALIWANG_DESA }, table);
    expect(route).toMatchObject({ leadOrganizationId: 'ksb-dinkes', level: 'kabupaten' });
    expect(route.steps.filter((s) => s.rule === 'escalation')).toEqual([
      { rule: 'escalation', from: 'desa', to: 'kecamatan', reason: 'sector_not_local' },
      { rule: 'escalation', from: 'kecamatan', to: 'kabupaten', reason: 'sector_not_local' },
    ]);
    expect(route.explanation.en).toContain('escalated from kecamatan to kabupaten');
    // A desa that declares it cannot act sends village roads up to the OPD.
    const declared = routeAspiration(
      { sector: 'pekerjaan_umum_penataan_ruang', areaCode: TALIWANG_DESA },
      table,
      {
        cannotAct: ['desa'],
      },
    );
    expect(declared.leadOrganizationId).toBe('ksb-pupr');
    expect(declared.steps).toContainEqual({
      rule: 'escalation',
      from: 'desa',
      to: 'kecamatan',
      reason: 'declared_cannot_act',
    });
  });

  it('routes a kabupaten-wide aspiration straight to the OPD', () => {
    const route = routeAspiration({ sector: 'pariwisata', areaCode: '5207' }, table);
    expect(route).toMatchObject({
      kind: 'routed',
      leadOrganizationId: 'ksb-dispar',
      level: 'kabupaten',
      organizationIds: ['ksb-dispar'],
    });
  });

  it('gives an unknown sector a typed fallback result naming the fallback organization', () => {
    const route = routeAspiration({ sector: 'antariksa', areaCode: TALIWANG_DESA }, table);
    expect(route).toMatchObject({
      kind: 'fallback',
      leadOrganizationId: 'ksb-setda',
      level: 'kabupaten',
      fallback: { reason: 'unknown_sector', organizationId: 'ksb-setda' },
    });
    // The desa office is kept informed.
    expect(route.organizationIds).toEqual(['ksb-setda', `desa-${TALIWANG_DESA}`]);
    expect(route.explanation.id).toContain('bidang tidak ada dalam tabel');
    expect(routeAspiration({ areaCode: TALIWANG_DESA }, table).fallback?.reason).toBe('no_sector');
    // Kab. Sumbawa (52.04) is outside the table's regency.
    expect(routeAspiration({ sector: 'kesehatan', areaCode: '52.04.01' }, table).fallback).toEqual({
      reason: 'area_outside_regency',
      organizationId: 'ksb-setda',
    });
  });

  it('checks the table', () => {
    const paths = (input: unknown) =>
      RoutingTable.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    const base = {
      version: 'v',
      source: 's',
      regencyCode: '52.07',
      fallbackOrganizationId: 'x',
      sectors: [],
    };
    expect(
      paths({
        ...base,
        sectors: [
          { sector: 'a', organizationId: 'o' },
          { sector: 'a', organizationId: 'p' },
        ],
      }),
    ).toEqual(['sectors.1.sector']);
    expect(paths({ ...base, areas: [{ areaCode: '52.04.01', organizationId: 'o' }] })).toEqual([
      'areas.0.areaCode',
    ]);
  });

  it('random aspiration inputs give a typed route or a ValidationError (property)', () => {
    const input = fc.record(
      {
        sector: fc.oneof(
          fc.constantFrom(...URUSAN_SECTORS.sectors.map((s) => s.id)),
          fc.string(),
          fc.integer(),
          fc.constant(undefined),
        ),
        areaCode: fc.oneof(
          fc.constantFrom('52.07', '52.07.02', TALIWANG_DESA, '5207082005', '52.04.01', '31.71'),
          fc.stringMatching(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/),
          fc.string(),
          fc.constant(null),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (aspiration) => {
        let route: RouteResult;
        try {
          route = routeAspiration(aspiration as never, table);
        } catch (error) {
          expect(isOpenGovError(error)).toBe(true);
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        expect(['routed', 'fallback']).toContain(route.kind);
        expect(route.organizationIds[0]).toBe(route.leadOrganizationId);
        expect(new Set(route.organizationIds).size).toBe(route.organizationIds.length);
        expect(route.kind === 'fallback').toBe(route.fallback !== undefined);
      }),
      { numRuns: 10_000 },
    );
  });
});
