import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenGovError, parseWith, ValidationError, validationErrorFromZod } from '@opengov-id/core';
import {
  ASPIRATION_KIND_LABELS,
  Aspiration,
  AspirationKind,
  attendanceCapOf,
  attendanceTotal,
  ForumSession,
  MaskedNik,
  SectorTaxonomy,
  URUSAN_SECTORS,
} from '../src/index.js';

const NIK = '5207024507050001';

const aspiration = {
  id: 'asp-0001',
  sessionId: 'yasinan-2026-01-08',
  channel: 'forum',
  raisedAt: '2026-01-08T19:40:00+08:00',
  raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: NIK, areaCode: '5207012001' },
  kind: 'aduan',
  text: 'Jalan desa rusak sejak musim hujan.',
  sector: 'pekerjaan_umum_penataan_ruang',
  areaCode: '5207012001',
  status: 'diterima',
} as const;

describe('Aspiration', () => {
  it('always masks the NIK and canonicalizes region codes', () => {
    const parsed = Aspiration.parse(aspiration);
    expect(parsed.raisedBy.nik).toBe('520702******0001');
    expect(JSON.stringify(parsed)).not.toContain(NIK);
    expect(parsed.areaCode).toBe('52.07.01.2001');
    expect(parsed).toMatchObject({ answers: [], externalRefs: [], assignedOrganizationIds: [] });
    // A masked NIK parses again unchanged (round trips through storage and APIs).
    expect(Aspiration.parse(parsed)).toEqual(parsed);
    expect(MaskedNik.parse('5207-0245-0705-0001')).toBe('520702******0001');
  });

  it('refuses an invalid NIK without echoing it, in both languages', () => {
    const bad = '5207023207050001'; // birth day 32: impossible
    const result = Aspiration.safeParse({ ...aspiration, raisedBy: { kind: 'warga', nik: bad } });
    expect(result.success).toBe(false);
    const error = validationErrorFromZod(result.error!, { subject: 'Aspiration' });
    expect(error.issues[0]?.field).toBe('raisedBy.nik');
    expect(error.issues[0]?.message.id).toContain('NIK');
    expect(JSON.stringify(error.toJSON())).not.toContain(bad);
    expect(String(error)).not.toContain(bad);
  });

  it('checks the cross-field rules', () => {
    const paths = (input: unknown) =>
      Aspiration.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ ...aspiration, sessionId: undefined })).toContain('sessionId');
    expect(
      paths({
        ...aspiration,
        answers: [
          {
            id: 'a',
            responder: { postId: 'ksb-bupati' },
            text: 'x',
            at: '2026-01-08T19:00:00+08:00',
            inForum: true,
          },
        ],
      }),
    ).toContain('answers.0.at');
    expect(paths({ ...aspiration, resolvedAt: '2026-01-09T10:00:00+08:00' })).toContain('resolvedAt');
    expect(
      paths({
        ...aspiration,
        answers: [{ id: 'a', responder: {}, text: 'x', at: '2026-01-08T20:00:00+08:00', inForum: true }],
      }),
    ).toContain('answers.0.responder');
  });

  it('has labels in both languages for every kind', () => {
    for (const kind of AspirationKind.options) {
      expect(ASPIRATION_KIND_LABELS[kind].id).toBeTruthy();
      expect(ASPIRATION_KIND_LABELS[kind].en).toBeTruthy();
    }
  });

  it('random input gives a typed aspiration or a ValidationError, never anything else (property)', () => {
    const anyField = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
    );
    const input = fc.record(
      {
        id: fc.oneof(fc.constant('asp-1'), anyField),
        sessionId: fc.oneof(fc.constant('s-1'), anyField),
        channel: fc.oneof(fc.constantFrom('forum', 'sp4n_lapor', 'ntb_care', 'x'), anyField),
        raisedAt: fc.oneof(
          fc.constant('2026-01-08T19:40:00+08:00'),
          fc.constant('2026-01-08T19:40:00'),
          anyField,
        ),
        raisedBy: fc.oneof(
          fc.record(
            {
              kind: fc.constantFrom('warga', 'desa', 'x'),
              nik: fc.oneof(fc.constant(NIK), fc.stringMatching(/^\d{16}$/), anyField),
            },
            { requiredKeys: ['kind'] },
          ),
          anyField,
        ),
        kind: fc.oneof(fc.constantFrom('aduan', 'aspirasi', 'usulan', 'pertanyaan'), anyField),
        text: fc.oneof(fc.string({ minLength: 1 }), anyField),
        areaCode: fc.oneof(fc.constantFrom('52.07', '5207022001', '52.07.99', '99'), anyField),
        status: fc.oneof(fc.constantFrom('diterima', 'selesai'), anyField),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (value) => {
        try {
          const parsed = parseWith(Aspiration, value, 'Aspiration');
          expect(parsed.raisedBy.nik === undefined || /^\d{6}\*{6}\d{4}$/.test(parsed.raisedBy.nik)).toBe(
            true,
          );
        } catch (error) {
          expect(isOpenGovError(error)).toBe(true);
          expect(error).toBeInstanceOf(ValidationError);
          expect(JSON.stringify((error as ValidationError).toJSON())).not.toMatch(/\d{16}/);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('sector taxonomy (UU 23/2014 Pasal 12)', () => {
  it('lists the 6 + 18 + 8 urusan konkuren of a regional government, plus lainnya', () => {
    const count = (group: string) => URUSAN_SECTORS.sectors.filter((s) => s.group === group).length;
    expect([count('wajib_pelayanan_dasar'), count('wajib_non_pelayanan_dasar'), count('pilihan')]).toEqual([
      6, 18, 8,
    ]);
    expect(SectorTaxonomy.safeParse(URUSAN_SECTORS).success).toBe(true);
  });

  it('can be extended, and refuses duplicate ids and unknown parents', () => {
    const extended = SectorTaxonomy.parse({
      ...URUSAN_SECTORS,
      version: 'ksb-2026',
      sectors: [
        ...URUSAN_SECTORS.sectors,
        {
          id: 'irigasi',
          label: { id: 'Irigasi', en: 'Irrigation' },
          group: 'wajib_pelayanan_dasar',
          parentId: 'pekerjaan_umum_penataan_ruang',
        },
      ],
    });
    expect(extended.sectors).toHaveLength(34);
    const bad = SectorTaxonomy.safeParse({
      ...URUSAN_SECTORS,
      sectors: [
        ...URUSAN_SECTORS.sectors,
        { ...URUSAN_SECTORS.sectors[0]! },
        { id: 'x', label: { id: 'X', en: 'X' }, group: 'lainnya', parentId: 'nope' },
      ],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['sectors.33.id', 'sectors.34.parentId']);
  });
});

describe('ForumSession', () => {
  const session = {
    id: 'yasinan-2026-01-08',
    seriesId: 'ksb-yasinan',
    level: 'zona',
    zoneId: 'I',
    startsAt: '2026-01-08T19:00:00+08:00',
    endsAt: '2026-01-08T22:00:00+08:00',
    status: 'held',
    venue: { name: 'Aula Kantor Camat Seteluk', areaCode: '52.07.03', capacity: 150 },
    agenda: [
      { position: 1, kind: 'opening', title: 'Pembukaan dan Surat Yasin' },
      {
        position: 2,
        kind: 'opd_report',
        title: 'Kartu KSB Maju',
        presenter: { organizationId: 'ksb-dinsos' },
        sector: 'sosial',
        durationMinutes: 20,
      },
      { position: 3, kind: 'dialogue', title: 'Dialog' },
      { position: 4, kind: 'closing_direction', title: 'Arahan Bupati', presenter: { postId: 'ksb-bupati' } },
    ],
    attendance: {
      officials: [
        { role: 'bupati', organizationId: 'pemkab-ksb', postId: 'ksb-bupati' },
        { role: 'camat', organizationId: 'ksb-kec-seteluk' },
      ],
      citizens: [
        { role: 'warga', count: 120, areaCode: '52.07.03' },
        { role: 'agen_gotong_royong', count: 25 },
      ],
    },
    closingReport: { summary: '14 aspirasi, 9 dijawab di forum.' },
  } as const;

  it('parses a held zone session and counts attendance against the cap', () => {
    const parsed = ForumSession.parse(session);
    expect(attendanceTotal(parsed.attendance)).toBe(147);
    expect(attendanceCapOf(parsed, { attendanceCap: 200 })).toBe(150);
    expect(attendanceCapOf({}, {})).toBeUndefined();
  });

  it('checks times, level and area, agenda positions and the closing report', () => {
    const paths = (input: unknown) =>
      ForumSession.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ ...session, endsAt: '2026-01-08T19:00:00+08:00' })).toEqual(['endsAt']);
    expect(paths({ ...session, zoneId: undefined })).toEqual(['zoneId']);
    expect(paths({ ...session, level: 'desa', areaCode: '52.07.03' })).toEqual(['areaCode']);
    expect(paths({ ...session, level: 'kecamatan', areaCode: '52.07.03' })).toEqual([]);
    expect(paths({ ...session, agenda: [session.agenda[0], session.agenda[0]] })).toEqual([
      'agenda.1.position',
    ]);
    expect(paths({ ...session, status: 'confirmed' })).toEqual(['closingReport']);
    expect(paths({ ...session, startsAt: '2026-01-08T19:00:00' })).toEqual(['startsAt']);
  });
});
