import { addDays, type HolidayCalendar, parseWith, toLocalDate, toZonedIso } from '@opengov-id/core';
import {
  Aspiration,
  type AspirationInput,
  applyFollowUpUpdate,
  createFollowUp,
  type FollowUp,
  ForumSession,
  type ForumSessionInput,
  ksbYasinanSeries,
  type RoutingTableInput,
  routeAspiration,
  upcomingSessions,
} from '@opengov-id/forum';
import type { StoreTx } from '../store/types.js';

/** The collections of the forum module (prefixed: one store holds every module). */
export const FORUM_COLLECTIONS = {
  series: 'forum.series',
  sessions: 'forum.sessions',
  aspirations: 'forum.aspirations',
  followUps: 'forum.followUps',
} as const;
const C = FORUM_COLLECTIONS;

const KECAMATAN: Record<string, string> = {
  '52.07.01': 'jereweh',
  '52.07.02': 'taliwang',
  '52.07.03': 'seteluk',
  '52.07.04': 'sekongkang',
  '52.07.05': 'brang-rea',
  '52.07.06': 'poto-tano',
  '52.07.07': 'brang-ene',
  '52.07.08': 'maluk',
};

/**
 * A SAMPLE routing table for KSB (52.07): made-up OPD ids in the shape a regency would use (one
 * OPD per urusan, a kantor camat per kecamatan). Not an official assignment; replace it with the
 * regency's own (a Perbup or the Sekda's disposition) through the module's options.
 */
export const SAMPLE_KSB_ROUTING_TABLE: RoutingTableInput = {
  version: 'contoh-2026',
  source: 'CONTOH: tabel fiktif untuk server referensi / SAMPLE: a fictional table for the reference server',
  regencyCode: '52.07',
  fallbackOrganizationId: 'ksb-setda',
  sectors: [
    { sector: 'pendidikan', organizationId: 'ksb-dikbud' },
    { sector: 'kesehatan', organizationId: 'ksb-dinkes' },
    { sector: 'pekerjaan_umum_penataan_ruang', organizationId: 'ksb-pupr' },
    { sector: 'sosial', organizationId: 'ksb-dinsos' },
    { sector: 'administrasi_kependudukan', organizationId: 'ksb-disdukcapil', localLevels: ['kecamatan'] },
    { sector: 'pemberdayaan_masyarakat_desa', organizationId: 'ksb-dpmd', localLevels: ['kecamatan'] },
    { sector: 'pertanian', organizationId: 'ksb-distan' },
    { sector: 'lingkungan_hidup', organizationId: 'ksb-dlh' },
  ],
  areas: Object.entries(KECAMATAN).map(([areaCode, name]) => ({
    areaCode,
    organizationId: `ksb-kec-${name}`,
  })),
};

const at = (startsAt: string, minutes: number) =>
  toZonedIso(new Date(Date.parse(startsAt) + minutes * 60_000), 'Asia/Makassar');
const DAY = 24 * 60;

/**
 * Seeds the KSB Forum YASINAN series with SAMPLE sessions around `now` (the two last held, with
 * agenda, attendance and closing report; the next one confirmed; the one after still tentative),
 * citizens' aspirations routed by the routing table, answers, and follow-ups with due dates in
 * working days, some done. Everything is fictional and named "CONTOH".
 */
export async function seedForum(
  tx: StoreTx,
  now: Date,
  options: { table: RoutingTableInput; calendar: HolidayCalendar },
): Promise<void> {
  const series = ksbYasinanSeries();
  await tx.insert(C.series, series.id, series);
  const today = toLocalDate(now, 'Asia/Makassar');
  const dates = upcomingSessions(series, {
    from: addDays(today, -21),
    until: addDays(today, 21),
    calendar: options.calendar,
  });
  const past = dates.filter((d) => Date.parse(d.endsAt) < now.getTime()).slice(-2);
  const next = dates.filter((d) => Date.parse(d.startsAt) > now.getTime()).slice(0, 2);
  const venue = {
    name: 'Gedung Sentral (CONTOH)',
    address: 'Kel. Bugis, Taliwang',
    areaCode: '52.07.02.1006',
  };
  const agenda: ForumSessionInput['agenda'] = [
    { position: 1, kind: 'opening', title: 'Pembukaan, doa dan Surat Yasin' },
    {
      position: 2,
      kind: 'opd_report',
      title: 'Paparan program kesehatan (CONTOH)',
      presenter: { organizationId: 'ksb-dinkes' },
      sector: 'kesehatan',
      durationMinutes: 20,
    },
    { position: 3, kind: 'dialogue', title: 'Dialog dengan warga', durationMinutes: 60 },
    { position: 4, kind: 'closing_direction', title: 'Arahan Bupati', presenter: { postId: 'ksb-bupati' } },
  ];
  const sessions: ForumSession[] = [
    ...past.map((d, i) =>
      parseWith(
        ForumSession,
        {
          id: `yasinan-contoh-${d.date}`,
          seriesId: series.id,
          ...(series.organizerId === undefined ? {} : { organizerId: series.organizerId }),
          name: `Forum YASINAN (CONTOH) ${d.date}`,
          level: d.level,
          areaCode: '52.07',
          venue,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          status: 'held',
          chair: { postId: 'ksb-bupati', name: 'Bupati (CONTOH)' },
          agenda,
          attendance: {
            officials: [
              { role: 'bupati', organizationId: 'pemkab-ksb' },
              { role: 'kepala_opd', organizationId: 'ksb-dinkes' },
              { role: 'kepala_opd', organizationId: 'ksb-pupr' },
              { role: 'camat', organizationId: 'ksb-kec-taliwang' },
            ],
            citizens: [
              { role: 'warga', count: 140 + 20 * i },
              { role: 'agen_gotong_royong', count: 25 },
            ],
          },
          closingReport: {
            summary: 'CONTOH: ringkasan fiktif. Aspirasi warga dicatat dan didisposisikan.',
            decisions: ['CONTOH: OPD menindaklanjuti aspirasi sesuai tenggat.'],
          },
        } satisfies ForumSessionInput,
        'ForumSession',
      ),
    ),
    ...next.map((d, i) =>
      parseWith(
        ForumSession,
        {
          id: `yasinan-contoh-${d.date}`,
          seriesId: series.id,
          ...(series.organizerId === undefined ? {} : { organizerId: series.organizerId }),
          name: `Forum YASINAN (CONTOH) ${d.date}`,
          level: d.level,
          areaCode: '52.07',
          venue,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          status: i === 0 ? 'confirmed' : 'tentative',
          agenda: i === 0 ? agenda : [],
        } satisfies ForumSessionInput,
        'ForumSession',
      ),
    ),
  ];
  for (const session of sessions) await tx.insert(C.sessions, session.id, session);

  const [earlier, later] = sessions;
  if (!earlier || !later) return;
  const raised = (
    n: number,
    session: ForumSession,
    minutes: number,
    rest: Omit<AspirationInput, 'id' | 'sessionId' | 'seriesId' | 'channel' | 'raisedAt'>,
  ): Aspiration => {
    const input = {
      id: `asp-contoh-${n}`,
      seriesId: series.id,
      sessionId: session.id,
      channel: 'forum' as const,
      raisedAt: at(session.startsAt, minutes),
      ...rest,
    };
    const routed = routeAspiration(input, options.table).organizationIds;
    return parseWith(Aspiration, { ...input, assignedOrganizationIds: [...routed] }, 'Aspiration');
  };
  const aspirations = [
    raised(1, earlier, 70, {
      raisedBy: { kind: 'warga', name: 'Warga Contoh A', areaCode: '52.07.02.2001' },
      kind: 'aduan',
      title: 'Jalan dusun rusak (CONTOH)',
      text: 'CONTOH: jalan dusun berlubang sejak musim hujan.',
      sector: 'pekerjaan_umum_penataan_ruang',
      areaCode: '52.07.02.2001',
      status: 'selesai',
      answers: [
        {
          id: 'ans-contoh-1',
          responder: { organizationId: 'ksb-pupr' },
          text: 'CONTOH: akan ditambal pekan ini.',
          at: at(earlier.startsAt, 80),
          inForum: true,
          commitment: 'Menambal jalan dusun',
        },
      ],
    }),
    raised(2, earlier, 85, {
      raisedBy: { kind: 'kelompok', name: 'Kader Posyandu Contoh', areaCode: '52.07.03.2001' },
      kind: 'usulan',
      text: 'CONTOH: usul penambahan timbangan bayi untuk posyandu.',
      sector: 'kesehatan',
      areaCode: '52.07.03.2001',
      status: 'ditindaklanjuti',
    }),
    raised(3, earlier, 95, {
      raisedBy: { kind: 'warga', name: 'Warga Contoh B', areaCode: '52.07.02.2001', anonymous: true },
      kind: 'pertanyaan',
      text: 'CONTOH: bagaimana mengurus KTP-el yang rusak?',
      sector: 'administrasi_kependudukan',
      areaCode: '52.07.02.2001',
      status: 'selesai',
      resolvedAt: at(earlier.startsAt, 100),
      answers: [
        {
          id: 'ans-contoh-3',
          responder: { organizationId: 'ksb-kec-taliwang' },
          text: 'CONTOH: cukup datang ke kantor camat dengan KTP-el lama.',
          at: at(earlier.startsAt, 100),
          inForum: true,
        },
      ],
    }),
    raised(4, later, 75, {
      raisedBy: { kind: 'warga', name: 'Warga Contoh C', areaCode: '52.07.05.2001' },
      kind: 'aspirasi',
      text: 'CONTOH: petani berharap pupuk tersedia sebelum musim tanam.',
      sector: 'pertanian',
      areaCode: '52.07.05.2001',
      status: 'ditindaklanjuti',
    }),
    raised(5, later, 90, {
      raisedBy: { kind: 'warga', areaCode: '52.07.02.2001' },
      kind: 'aduan',
      text: 'CONTOH: sampah menumpuk di pinggir jalan.',
      areaCode: '52.07.02.2001',
      status: 'diterima',
    }),
  ];
  for (const a of aspirations) await tx.insert(C.aspirations, a.id, a);

  const withCalendar = { calendar: options.calendar };
  let roadRepair = createFollowUp(
    {
      id: 'tl-contoh-1',
      aspirationId: 'asp-contoh-1',
      ownerOrganizationId: 'ksb-pupr',
      commitment: 'CONTOH: menambal jalan dusun',
      classId: 'normatif',
      at: at(earlier.startsAt, 80),
    },
    withCalendar,
  );
  roadRepair = applyFollowUpUpdate(roadRepair, {
    kind: 'progress',
    at: at(earlier.startsAt, 2 * DAY),
    progress: 50,
    note: 'CONTOH: material dikirim',
  });
  roadRepair = applyFollowUpUpdate(roadRepair, {
    kind: 'complete',
    at: at(earlier.startsAt, 4 * DAY),
    outcome: { result: 'resolved', summary: 'CONTOH: jalan sudah ditambal' },
  });
  let scales = createFollowUp(
    {
      id: 'tl-contoh-2',
      aspirationId: 'asp-contoh-2',
      ownerOrganizationId: 'ksb-dinkes',
      commitment: 'CONTOH: pengadaan timbangan bayi',
      classId: 'tidak_berkadar_pengawasan',
      at: at(earlier.startsAt, 90),
    },
    withCalendar,
  );
  scales = applyFollowUpUpdate(scales, {
    kind: 'progress',
    at: at(earlier.startsAt, 3 * DAY),
    progress: 40,
    note: 'CONTOH: usulan masuk rencana belanja',
  });
  const fertiliser = createFollowUp(
    {
      id: 'tl-contoh-3',
      aspirationId: 'asp-contoh-4',
      ownerOrganizationId: 'ksb-distan',
      commitment: 'CONTOH: memeriksa stok pupuk di kios',
      classId: 'ringan',
      at: at(later.startsAt, 80),
    },
    withCalendar,
  );
  const followUps: FollowUp[] = [roadRepair, scales, fertiliser];
  for (const f of followUps) await tx.insert(C.followUps, f.id, f);
}
