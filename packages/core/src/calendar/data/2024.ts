import type { HolidayYear } from '../holidays.js';

/** SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB on 2024 holidays and cuti bersama. */
const SKB = 'SKB 855/2023, 3/2023, 4/2023';
// Which Keppres covers which election day follows the holiday_id (pub.dev) changelog.
const KEPPRES_PEMILU = 'Keppres 10/2024';
const KEPPRES_PILKADA = 'Keppres 33/2024';

const IMLEK = { id: 'Tahun Baru Imlek 2575 Kongzili', en: 'Chinese New Year 2575 Kongzili' };
const NYEPI = {
  id: 'Hari Suci Nyepi Tahun Baru Saka 1946',
  en: 'Day of Silence (Nyepi), Saka New Year 1946',
};
const IDULFITRI = { id: 'Hari Raya Idulfitri 1445 Hijriah', en: 'Eid al-Fitr 1445 AH' };
const KENAIKAN = { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' };
const WAISAK = { id: 'Hari Raya Waisak 2568 BE', en: 'Vesak Day 2568 BE' };
const IDULADHA = { id: 'Hari Raya Iduladha 1445 Hijriah', en: 'Eid al-Adha 1445 AH' };
const NATAL = { id: 'Kelahiran Yesus Kristus (Natal)', en: 'Christmas Day' };

const CUTI_IDULADHA = { id: `Cuti Bersama ${IDULADHA.id}`, en: `Collective leave for ${IDULADHA.en}` };
const CUTI_IDULFITRI = { id: `Cuti Bersama ${IDULFITRI.id}`, en: `Collective leave for ${IDULFITRI.en}` };
const CUTI_IMLEK = { id: `Cuti Bersama ${IMLEK.id}`, en: `Collective leave for ${IMLEK.en}` };
const CUTI_KENAIKAN = { id: `Cuti Bersama ${KENAIKAN.id}`, en: `Collective leave for ${KENAIKAN.en}` };
const CUTI_NATAL = { id: `Cuti Bersama ${NATAL.id}`, en: `Collective leave for ${NATAL.en}` };
const CUTI_NYEPI = { id: `Cuti Bersama ${NYEPI.id}`, en: `Collective leave for ${NYEPI.en}` };
const CUTI_WAISAK = { id: `Cuti Bersama ${WAISAK.id}`, en: `Collective leave for ${WAISAK.en}` };

/**
 * 2024: 17 libur nasional and 10 cuti bersama (SKB 855/2023, 3/2023, 4/2023), plus the
 * election days of 14 February and 27 November by Keppres.
 *
 * @example
 * ```ts
 * HOLIDAYS_2024.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 10
 * ```
 */
export const HOLIDAYS_2024: HolidayYear = {
  year: 2024,
  decrees: [SKB, KEPPRES_PEMILU, KEPPRES_PILKADA],
  sources: ['https://m.jpnn.com/news/simak-tanggal-dan-bulan-libur-nasional-serta-cuti-bersama-di-2024'],
  entries: [
    {
      date: '2024-01-01',
      name: { id: 'Tahun Baru 2024 Masehi', en: "New Year's Day 2024" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2024-02-08',
      name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2024-02-09', name: CUTI_IMLEK, kind: 'cuti_bersama', decree: SKB },
    { date: '2024-02-10', name: IMLEK, kind: 'libur_nasional', decree: SKB },
    {
      date: '2024-02-14',
      name: {
        id: 'Hari Pemungutan Suara Pemilihan Umum 2024',
        en: 'Voting day of the 2024 general election',
      },
      kind: 'keppres_khusus',
      decree: KEPPRES_PEMILU,
    },
    { date: '2024-03-11', name: NYEPI, kind: 'libur_nasional', decree: SKB },
    { date: '2024-03-12', name: CUTI_NYEPI, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2024-03-29',
      name: { id: 'Wafat Yesus Kristus', en: 'Good Friday (Death of Jesus Christ)' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2024-03-31',
      name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2024-04-08', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2024-04-09', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2024-04-10', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2024-04-11', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2024-04-12', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2024-04-15', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2024-05-01',
      name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2024-05-09', name: KENAIKAN, kind: 'libur_nasional', decree: SKB },
    { date: '2024-05-10', name: CUTI_KENAIKAN, kind: 'cuti_bersama', decree: SKB },
    { date: '2024-05-23', name: WAISAK, kind: 'libur_nasional', decree: SKB },
    { date: '2024-05-24', name: CUTI_WAISAK, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2024-06-01',
      name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2024-06-17', name: IDULADHA, kind: 'libur_nasional', decree: SKB },
    { date: '2024-06-18', name: CUTI_IDULADHA, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2024-07-07',
      name: { id: 'Tahun Baru Islam 1446 Hijriah', en: 'Islamic New Year 1446 AH' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2024-08-17',
      name: { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2024-09-16',
      name: { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2024-11-27',
      name: {
        id: 'Hari Pemungutan Suara Pemilihan Serentak 2024',
        en: 'Voting day of the 2024 regional elections',
      },
      kind: 'keppres_khusus',
      decree: KEPPRES_PILKADA,
    },
    { date: '2024-12-25', name: NATAL, kind: 'libur_nasional', decree: SKB },
    { date: '2024-12-26', name: CUTI_NATAL, kind: 'cuti_bersama', decree: SKB },
  ],
};
