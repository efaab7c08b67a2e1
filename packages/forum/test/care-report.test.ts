import { Report, transition } from '@opengov-id/care';
import { ValidationError } from '@opengov-id/core';
import { describe, expect, it } from 'vitest';
import {
  Aspiration,
  type AspirationInput,
  aspirationToReport,
  type FollowUpInput,
  rerouteAspiration,
  reviewAspiration,
  toComplaintDraft,
} from '../src/index.js';

const NIK = '5207024507050001';

// A KSB aspiration raised at Yasinan (Taliwang), answered twice in the forum, with a follow-up.
const aspiration: AspirationInput = {
  id: 'asp-ksb-17',
  seriesId: 'ksb-yasinan',
  sessionId: 'yasinan-2026-01-08',
  channel: 'forum',
  raisedAt: '2026-01-08T19:40:00+08:00',
  raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: NIK, areaCode: '52.07.03.2001' },
  kind: 'aduan',
  text: 'Jalan Desa Goa rusak berat sejak musim hujan, anak sekolah sulit lewat.',
  sector: 'pekerjaan_umum_penataan_ruang',
  areaCode: '52.07.03.2001',
  assignedOrganizationIds: ['ksb-pupr'],
  status: 'ditindaklanjuti',
  answers: [
    // Deliberately listed out of time order: the report must sort by time.
    {
      id: 'ans-2',
      responder: { organizationId: 'ksb-pupr', postId: 'ksb-kadis-pupr' },
      text: 'Dinas PUPR menjadwalkan penambalan pekan depan.',
      at: '2026-01-08T20:10:00+08:00',
      inForum: true,
    },
    {
      id: 'ans-1',
      responder: { postId: 'ksb-bupati' },
      text: 'Kami minta Dinas PUPR meninjau hari Senin.',
      at: '2026-01-08T20:00:00+08:00',
      inForum: true,
    },
  ],
  externalRefs: [
    { system: 'sp4n_lapor', id: '1916449' },
    { system: 'ntb_care', id: 'NTB-2026-77' },
  ],
};

const followUps: FollowUpInput[] = [
  {
    id: 'tl-1',
    aspirationId: 'asp-ksb-17',
    ownerOrganizationId: 'ksb-pupr',
    commitment: 'Menambal Jalan Desa Goa',
    classId: 'normatif',
    startDate: '2026-01-08',
    dueDate: '2026-01-15',
    status: 'in_progress',
    progress: 40,
    timeline: [
      { at: '2026-01-08T20:30:00+08:00', kind: 'created' },
      {
        at: '2026-01-12T10:00:00+08:00',
        kind: 'progress',
        progress: 40,
        note: 'Survei lokasi',
        evidence: [{ url: 'https://example.go.id/foto/goa.jpg' }],
      },
    ],
  },
  {
    id: 'tl-other',
    aspirationId: 'asp-other',
    ownerOrganizationId: 'ksb-dinkes',
    commitment: 'Bukan untuk aspirasi ini',
    classId: 'ringan',
    startDate: '2026-01-08',
    dueDate: '2026-01-12',
    status: 'open',
    progress: 0,
    timeline: [{ at: '2026-01-08T21:00:00+08:00', kind: 'created' }],
  },
];

describe('aspirationToReport (forwarding to @opengov-id/care)', () => {
  it('gives a valid care Report that keeps every answer and follow-up step in time order', () => {
    const report = aspirationToReport(aspiration, {
      followUps,
      category: 'infrastruktur',
      subcategory: 'jalan',
    });
    expect(Report.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      id: 'FORUM-asp-ksb-17',
      type: 'layanan_publik',
      classification: 'pengaduan',
      channel: 'forum',
      category: 'infrastruktur',
      subcategory: 'jalan',
      location: { regionCode: '52.07.03.2001' },
      reporter: { name: 'Ibu Siti' },
      anonim: false,
      rahasia: false,
      status: 'belum_terverifikasi',
      receivedAt: '2026-01-08T19:40:00+08:00',
      updatedAt: '2026-01-12T10:00:00+08:00',
      externalRefs: {
        laporTrackingId: '1916449',
        other: [
          { system: 'forum', id: 'asp-ksb-17' },
          { system: 'forum_session', id: 'yasinan-2026-01-08' },
          { system: 'forum_series', id: 'ksb-yasinan' },
          { system: 'ntb_care', id: 'NTB-2026-77' },
        ],
      },
    });
    expect(report.history.map((h) => [h.action, h.at, h.actor.id])).toEqual([
      ['jawab', '2026-01-08T20:00:00+08:00', 'ksb-bupati'],
      ['jawab', '2026-01-08T20:10:00+08:00', 'ksb-kadis-pupr'],
      ['tindak_lanjuti', '2026-01-08T20:30:00+08:00', 'ksb-pupr'],
      ['tindak_lanjuti', '2026-01-12T10:00:00+08:00', 'ksb-pupr'],
    ]);
    expect(report.responses.map((r) => [r.id, r.text, r.organizationId])).toEqual([
      ['ans-1', 'Kami minta Dinas PUPR meninjau hari Senin.', undefined],
      ['ans-2', 'Dinas PUPR menjadwalkan penambalan pekan depan.', 'ksb-pupr'],
    ]);
    expect(report.followUps.map((f) => [f.id, f.text])).toEqual([
      ['tl-1#0', 'Menambal Jalan Desa Goa'],
      ['tl-1#1', 'Survei lokasi\nBukti: https://example.go.id/foto/goa.jpg'],
    ]);
    // The forum steps do not move care's state: care's admin can verify and assign it as usual.
    const forwarded = transition(
      report,
      {
        type: 'verifikasi',
        assignTo: { organizationId: 'ksb-pupr', organizationName: 'Dinas PUPR KSB', kind: 'opd' },
      },
      { role: 'admin', id: 'admin-ksb' },
      { at: '2026-01-13T08:00:00+08:00' },
    );
    expect(forwarded.status).toBe('diteruskan');
    expect(forwarded.history).toHaveLength(5);
  });

  it('never copies the NIK: no NIK digits anywhere in the output', () => {
    const json = JSON.stringify(aspirationToReport(aspiration, { followUps }));
    expect(json).not.toContain(NIK);
    expect(json).not.toContain('520702');
    expect(json).not.toContain('******');
    expect(json).not.toMatch(/"nik"/);
  });

  it('maps every kind to care type and classification', () => {
    const kinds = (['aduan', 'aspirasi', 'usulan', 'pertanyaan'] as const).map((kind) => {
      const r = aspirationToReport({ ...aspiration, kind });
      return [kind, r.type, r.classification];
    });
    expect(kinds).toEqual([
      ['aduan', 'layanan_publik', 'pengaduan'],
      ['aspirasi', 'aspirasi', 'aspirasi'],
      ['usulan', 'aspirasi', 'aspirasi'],
      ['pertanyaan', 'aspirasi', 'permintaan_informasi'],
    ]);
  });

  it('whistleblowing forces anonim and rahasia and drops the name, whatever the options say', () => {
    const report = aspirationToReport(aspiration, { whistleblowing: true, anonim: false, rahasia: false });
    expect(report).toMatchObject({
      type: 'dugaan_pelanggaran',
      classification: 'whistleblowing',
      anonim: true,
      rahasia: true,
      reporter: {},
    });
    expect(JSON.stringify(report)).not.toContain('Ibu Siti');
  });

  it('honours anonim and rahasia options and the aspiration’s own anonymity', () => {
    expect(aspirationToReport(aspiration, { anonim: true })).toMatchObject({ anonim: true, reporter: {} });
    expect(aspirationToReport(aspiration, { rahasia: true })).toMatchObject({
      anonim: false,
      rahasia: true,
      reporter: { name: 'Ibu Siti' },
    });
    const anonymous = aspirationToReport({
      ...aspiration,
      raisedBy: { kind: 'warga', name: 'Ibu Siti', anonymous: true },
    });
    expect(anonymous).toMatchObject({ anonim: true, reporter: {} });
  });

  it('throws a typed, bilingual error when the aspiration cannot be a care report', () => {
    const short = () => aspirationToReport({ ...aspiration, text: 'Rusak.' });
    expect(short).toThrow(ValidationError);
    try {
      short();
    } catch (error) {
      const e = error as ValidationError;
      expect(e.issues.some((i) => i.path.includes('description'))).toBe(true);
    }
    expect(() => aspirationToReport({ ...aspiration, areaCode: 'nowhere' })).toThrow(ValidationError);
  });
});

describe('the review and routing history of a forwarded aspiration', () => {
  const TALIWANG = { role: 'officer', organizationId: 'ksb-kec-taliwang' };
  // Received at the kecamatan, verified there, handed to Dinas PUPR, then (by the admin) from
  // PUPR to the DPMD alongside it being no longer PUPR's.
  const received = Aspiration.parse({
    ...aspiration,
    raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: NIK, areaCode: '52.07.03.2001' },
    assignedOrganizationIds: ['ksb-kec-taliwang'],
    status: 'diterima',
    answers: [],
  });
  const verified = reviewAspiration(
    received,
    { decision: 'verify', note: 'Dicek di lokasi, HP pelapor 0812-3456-7890.' },
    { by: TALIWANG, at: '2026-01-09T08:00:00+08:00' },
  );
  const toPupr = rerouteAspiration(
    verified,
    { toOrganizationId: 'ksb-pupr', reason: `Jalan kabupaten: kewenangan Dinas PUPR (pelapor NIK ${NIK}).` },
    { by: TALIWANG, at: '2026-01-09T10:00:00+08:00' },
  );
  const routed = rerouteAspiration(
    toPupr,
    { toOrganizationId: 'ksb-dpmd', fromOrganizationId: 'ksb-pupr', reason: 'Jalan desa: Dana Desa.' },
    { by: { role: 'admin' }, at: '2026-01-10T09:00:00+08:00' },
  );

  it('gives care an alihkan step per reroute, naming role and offices only, and the session as origin', () => {
    const report = aspirationToReport(routed);
    expect(Report.parse(report)).toEqual(report);
    expect(report.history).toEqual([
      {
        at: '2026-01-09T10:00:00+08:00',
        action: 'alihkan',
        actor: { role: 'penghubung', id: 'forum:officer', organizationId: 'ksb-kec-taliwang' },
        from: 'belum_terverifikasi',
        to: 'belum_terverifikasi',
        reason: {
          code: 'forum_reroute',
          note: 'ksb-kec-taliwang → ksb-pupr: Jalan kabupaten: kewenangan Dinas PUPR (pelapor NIK [NIK/KK]).',
        },
      },
      {
        at: '2026-01-10T09:00:00+08:00',
        action: 'alihkan',
        actor: { role: 'admin', id: 'forum:admin' },
        from: 'belum_terverifikasi',
        to: 'belum_terverifikasi',
        reason: { code: 'forum_reroute', note: 'ksb-pupr → ksb-dpmd: Jalan desa: Dana Desa.' },
      },
    ]);
    // The verification stays in the forum: care's own verification clock is untouched.
    expect(report.history.some((h) => h.action === 'verifikasi')).toBe(false);
    expect(report.externalRefs.other).toContainEqual({ system: 'forum_session', id: 'yasinan-2026-01-08' });
    expect(report.updatedAt).toBe('2026-01-10T09:00:00+08:00');
    const text = JSON.stringify(report);
    for (const secret of [NIK, '3456', 'Dicek di lokasi']) expect(text).not.toContain(secret);
    // Care's admin still verifies and assigns it as any new report.
    const forwarded = transition(
      report,
      {
        type: 'verifikasi',
        assignTo: { organizationId: 'ksb-dpmd', organizationName: 'DPMD KSB', kind: 'opd' },
      },
      { role: 'admin', id: 'admin-ksb' },
      { at: '2026-01-12T08:00:00+08:00' },
    );
    expect(forwarded.status).toBe('diteruskan');
  });

  it('gives a complaint draft the whole review and routing history and every office it passed', () => {
    const draft = toComplaintDraft(routed);
    expect(draft.source).toEqual({
      system: 'forum',
      aspirationId: 'asp-ksb-17',
      sessionId: 'yasinan-2026-01-08',
      seriesId: 'ksb-yasinan',
    });
    expect(draft.routedThroughOrganizationIds).toEqual(['ksb-kec-taliwang', 'ksb-pupr', 'ksb-dpmd']);
    expect(draft.assignedOrganizationIds).toEqual(['ksb-dpmd']);
    expect(draft.history.slice(1)).toEqual([
      {
        at: '2026-01-09T08:00:00+08:00',
        kind: 'verified',
        role: 'officer',
        actor: { organizationId: 'ksb-kec-taliwang' },
        organizationId: 'ksb-kec-taliwang',
        text: 'Dicek di lokasi, HP pelapor [PHONE].',
      },
      {
        at: '2026-01-09T10:00:00+08:00',
        kind: 'rerouted',
        role: 'officer',
        actor: { organizationId: 'ksb-kec-taliwang' },
        organizationId: 'ksb-kec-taliwang',
        text: 'Jalan kabupaten: kewenangan Dinas PUPR (pelapor NIK [NIK/KK]).',
        fromOrganizationIds: ['ksb-kec-taliwang'],
        toOrganizationIds: ['ksb-pupr'],
      },
      {
        at: '2026-01-10T09:00:00+08:00',
        kind: 'rerouted',
        role: 'admin',
        text: 'Jalan desa: Dana Desa.',
        fromOrganizationIds: ['ksb-pupr'],
        toOrganizationIds: ['ksb-dpmd'],
      },
    ]);
    const disposed = toComplaintDraft(
      reviewAspiration(
        received,
        { decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-ksb-03' },
        { by: TALIWANG, at: '2026-01-09T08:00:00+08:00' },
      ),
    );
    expect(disposed.history.at(-1)).toMatchObject({
      kind: 'disposed',
      disposal: 'duplicate',
      duplicateOf: 'asp-ksb-03',
      text: 'Duplikat',
    });
    expect(disposed.routedThroughOrganizationIds).toEqual(['ksb-kec-taliwang']);
    expect(JSON.stringify(draft)).not.toContain(NIK);
  });
});
