// SAMPLE DATA: made up for this example. The zones are Kep. Bupati KSB 414.2/58/DPMD/X/2018 and the
// places real KSB desa with their Kemendagri codes, but the routing table, the organization ids,
// the aspirations and the follow-ups are fictional, in the shape a regency would keep them.
import type { AspirationInput, FollowUpUpdate, RoutingTableInput } from '@opengov-id/forum';

/** A sample disposition table: sector → kabupaten OPD (and which local offices may act), area → its office. */
export const SAMPLE_ROUTING: RoutingTableInput = {
  version: 'contoh-2026-01',
  source: 'Contoh disposisi Sekda KSB (bukan penetapan resmi)',
  regencyCode: '52.07',
  fallbackOrganizationId: 'ksb-setda',
  sectors: [
    { sector: 'administrasi_kependudukan', organizationId: 'ksb-disdukcapil', localLevels: ['kecamatan'] },
    { sector: 'pekerjaan_umum_penataan_ruang', organizationId: 'ksb-pupr' },
    { sector: 'kesehatan', organizationId: 'ksb-dinkes' },
    { sector: 'pertanian', organizationId: 'ksb-distan' },
    { sector: 'sosial', organizationId: 'ksb-dinsos', localLevels: ['desa'] },
    { sector: 'pemberdayaan_masyarakat_desa', organizationId: 'ksb-dpmd', localLevels: ['desa'] },
  ],
  areas: [
    { areaCode: '52.07.03', organizationId: 'ksb-kec-seteluk' },
    { areaCode: '52.07.06', organizationId: 'ksb-kec-poto-tano' },
    { areaCode: '52.07.05', organizationId: 'ksb-kec-brang-rea' },
    { areaCode: '52.07.07', organizationId: 'ksb-kec-brang-ene' },
    { areaCode: '52.07.06.2003', organizationId: 'ksb-desa-kiantar' },
    { areaCode: '52.07.07.2002', organizationId: 'ksb-desa-kalimantong' },
  ],
};

/** An aspiration as written down at the forum, before it is routed. */
export type RaisedAspiration = Omit<AspirationInput, 'sessionId' | 'assignedOrganizationIds'> & {
  /** Which of the two held sessions (0: Zona I on 8 January, 1: Zona II on 15 January). */
  readonly session: 0 | 1;
};

/** What the lead office promised at the forum, and what happened after. */
export interface SampleCommitment {
  readonly aspirationId: string;
  readonly commitment: string;
  /** SIPPN follow-up class: ringan 2, normatif 5, tidak berkadar pengawasan 14 hari kerja. */
  readonly classId: 'ringan' | 'normatif' | 'tidak_berkadar_pengawasan';
  readonly at: string;
  readonly updates: readonly FollowUpUpdate[];
}

const bupati = { postId: 'ksb-bupati' };

/** Eight aspirations raised at the two sessions held in January 2026. */
export const SAMPLE_ASPIRATIONS: readonly RaisedAspiration[] = [
  {
    id: 'asp-2026-001',
    session: 0,
    channel: 'forum',
    raisedAt: '2026-01-08T19:35:00+08:00',
    raisedBy: { kind: 'warga', name: 'Pak Amin (contoh)', areaCode: '52.07.03.2001' },
    kind: 'aduan',
    text: 'Jembatan gantung di Dusun Meraran Atas rusak, anak sekolah harus memutar jauh.',
    sector: 'pekerjaan_umum_penataan_ruang',
    areaCode: '52.07.03.2001',
    status: 'selesai',
    answers: [
      {
        id: 'ans-001',
        responder: bupati,
        text: 'Dinas PUPR meninjau minggu depan.',
        at: '2026-01-08T19:50:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-002',
    session: 0,
    channel: 'forum',
    raisedAt: '2026-01-08T19:45:00+08:00',
    raisedBy: { kind: 'warga', areaCode: '52.07.06.2002' },
    kind: 'aduan',
    text: 'Perekaman KTP-el di Desa Mantar tertunda, warga diminta menunggu blangko.',
    sector: 'administrasi_kependudukan',
    areaCode: '52.07.06.2002',
    status: 'selesai',
    answers: [
      {
        id: 'ans-002',
        responder: { postId: 'ksb-camat-poto-tano' },
        text: 'Kecamatan membuka perekaman Senin.',
        at: '2026-01-08T20:05:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-003',
    session: 0,
    channel: 'forum',
    raisedAt: '2026-01-08T20:00:00+08:00',
    raisedBy: { kind: 'kelompok', name: 'Karang Taruna Kiantar (contoh)', areaCode: '52.07.06.2003' },
    kind: 'pertanyaan',
    text: 'Kapan papan informasi APBDes dipasang di kantor desa?',
    sector: 'pemberdayaan_masyarakat_desa',
    areaCode: '52.07.06.2003',
    status: 'selesai',
    // Answered and settled in the forum itself: resolved without a follow-up.
    resolvedAt: '2026-01-08T20:20:00+08:00',
    answers: [
      {
        id: 'ans-003',
        responder: { postId: 'ksb-kades-kiantar' },
        text: 'Papan dipasang besok pagi.',
        at: '2026-01-08T20:10:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-004',
    session: 0,
    channel: 'forum',
    raisedAt: '2026-01-08T20:15:00+08:00',
    raisedBy: { kind: 'warga', areaCode: '52.07.03.2005' },
    kind: 'usulan',
    // No sector recorded: the table sends it to the fallback organization.
    text: 'Usul pelatihan menjahit untuk ibu-ibu di Seteluk Tengah.',
    areaCode: '52.07.03.2005',
    status: 'diterima',
    answers: [
      {
        id: 'ans-004',
        responder: bupati,
        text: 'Dicatat untuk Musrenbang kecamatan.',
        at: '2026-01-08T20:25:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-005',
    session: 1,
    channel: 'forum',
    raisedAt: '2026-01-15T19:30:00+08:00',
    raisedBy: { kind: 'warga', areaCode: '52.07.05.2006' },
    kind: 'aduan',
    text: 'Jalan di Desa Lamuntet berlubang dan membahayakan pengendara.',
    sector: 'pekerjaan_umum_penataan_ruang',
    areaCode: '52.07.05.2006',
    status: 'ditindaklanjuti',
    answers: [
      {
        id: 'ans-005',
        responder: bupati,
        text: 'Dinas PUPR akan menambal jalan tersebut.',
        at: '2026-01-15T19:45:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-006',
    session: 1,
    channel: 'forum',
    raisedAt: '2026-01-15T19:50:00+08:00',
    raisedBy: { kind: 'warga', areaCode: '52.07.07.2001' },
    kind: 'aduan',
    text: 'Pustu di Desa Mura sering tutup pada jam pelayanan.',
    sector: 'kesehatan',
    areaCode: '52.07.07.2001',
    status: 'selesai',
    answers: [
      {
        id: 'ans-006',
        responder: { postId: 'ksb-kadis-kesehatan' },
        text: 'Jadwal petugas Pustu diperiksa.',
        at: '2026-01-15T20:00:00+08:00',
        inForum: true,
      },
    ],
  },
  {
    id: 'asp-2026-007',
    session: 1,
    channel: 'forum',
    raisedAt: '2026-01-15T20:10:00+08:00',
    raisedBy: { kind: 'kelompok', name: 'Kelompok Tani Tepas (contoh)', areaCode: '52.07.05.2002' },
    kind: 'aduan',
    text: 'Pupuk bersubsidi langka menjelang musim tanam.',
    sector: 'pertanian',
    areaCode: '52.07.05.2002',
    status: 'ditindaklanjuti',
    // Not answered that evening: the OPD answered two days later.
    answers: [
      {
        id: 'ans-007',
        responder: { postId: 'ksb-kadis-pertanian' },
        text: 'Kuota pupuk sedang diajukan.',
        at: '2026-01-17T09:00:00+08:00',
        inForum: false,
      },
    ],
  },
  {
    id: 'asp-2026-008',
    session: 1,
    channel: 'forum',
    raisedAt: '2026-01-15T20:25:00+08:00',
    raisedBy: { kind: 'warga', areaCode: '52.07.07.2002' },
    kind: 'aduan',
    text: 'Dua lansia di Desa Kalimantong belum menerima bantuan sosial.',
    sector: 'sosial',
    areaCode: '52.07.07.2002',
    status: 'selesai',
    answers: [
      {
        id: 'ans-008',
        responder: bupati,
        text: 'Kepala desa dan Dinas Sosial memeriksa data DTKS.',
        at: '2026-01-15T20:35:00+08:00',
        inForum: true,
      },
    ],
  },
];

/** Commitments made at the forum, with their progress reports and closures. */
export const SAMPLE_COMMITMENTS: readonly SampleCommitment[] = [
  {
    aspirationId: 'asp-2026-001',
    commitment: 'Memperbaiki lantai jembatan gantung Meraran Atas',
    classId: 'tidak_berkadar_pengawasan',
    at: '2026-01-08T20:00:00+08:00',
    updates: [
      { kind: 'progress', at: '2026-01-20T10:00:00+08:00', progress: 60, note: 'Papan lantai diganti' },
      {
        kind: 'complete',
        at: '2026-01-27T15:00:00+08:00',
        outcome: { result: 'resolved', summary: 'Jembatan dapat dilalui' },
      },
    ],
  },
  {
    aspirationId: 'asp-2026-002',
    commitment: 'Membuka perekaman KTP-el di kantor camat Poto Tano',
    classId: 'ringan',
    at: '2026-01-08T20:10:00+08:00',
    updates: [
      {
        kind: 'complete',
        at: '2026-01-13T11:00:00+08:00',
        outcome: { result: 'resolved', summary: '23 warga direkam' },
      },
    ],
  },
  {
    aspirationId: 'asp-2026-005',
    commitment: 'Menambal jalan Desa Lamuntet',
    classId: 'normatif',
    at: '2026-01-15T20:00:00+08:00',
    updates: [{ kind: 'progress', at: '2026-01-22T09:00:00+08:00', progress: 30, note: 'Material dipesan' }],
  },
  {
    aspirationId: 'asp-2026-006',
    commitment: 'Menertibkan jadwal jaga Pustu Mura',
    classId: 'normatif',
    at: '2026-01-15T20:15:00+08:00',
    updates: [
      {
        kind: 'complete',
        at: '2026-01-22T14:00:00+08:00',
        outcome: { result: 'resolved', summary: 'Jadwal jaga dipasang' },
      },
    ],
  },
  {
    aspirationId: 'asp-2026-007',
    commitment: 'Mengajukan tambahan kuota pupuk bersubsidi',
    classId: 'tidak_berkadar_pengawasan',
    at: '2026-01-17T09:00:00+08:00',
    updates: [
      { kind: 'progress', at: '2026-02-02T10:00:00+08:00', progress: 30, note: 'Surat ke provinsi dikirim' },
    ],
  },
  {
    aspirationId: 'asp-2026-008',
    commitment: 'Memeriksa dan memperbarui data DTKS dua lansia',
    classId: 'normatif',
    at: '2026-01-15T20:40:00+08:00',
    updates: [
      {
        kind: 'complete',
        at: '2026-01-30T16:00:00+08:00',
        outcome: { result: 'partially_resolved', summary: 'Satu lansia masuk DTKS' },
      },
    ],
  },
];
