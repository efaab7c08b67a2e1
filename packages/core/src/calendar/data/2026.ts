import type { HolidayYear } from '../holidays.js';

/** SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB on 2026 holidays and cuti bersama (19 September 2025). */
const SKB = 'SKB 1497/2025, 2/2025, 5/2025';

const IDULADHA = { id: 'Hari Raya Iduladha 1447 Hijriah', en: 'Eid al-Adha 1447 AH' };
const IDULFITRI = { id: 'Hari Raya Idulfitri 1447 Hijriah', en: 'Eid al-Fitr 1447 AH' };
const IMLEK = { id: 'Tahun Baru Imlek 2577 Kongzili', en: 'Chinese New Year 2577 Kongzili' };
const KENAIKAN = { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' };
const NATAL = { id: 'Kelahiran Yesus Kristus (Natal)', en: 'Christmas Day' };
const NYEPI = {
  id: 'Hari Suci Nyepi Tahun Baru Saka 1948',
  en: 'Day of Silence (Nyepi), Saka New Year 1948',
};
const CUTI_IDULADHA = { id: `Cuti Bersama ${IDULADHA.id}`, en: `Collective leave for ${IDULADHA.en}` };
const CUTI_IDULFITRI = { id: `Cuti Bersama ${IDULFITRI.id}`, en: `Collective leave for ${IDULFITRI.en}` };
const CUTI_IMLEK = { id: `Cuti Bersama ${IMLEK.id}`, en: `Collective leave for ${IMLEK.en}` };
const CUTI_KENAIKAN = { id: `Cuti Bersama ${KENAIKAN.id}`, en: `Collective leave for ${KENAIKAN.en}` };
const CUTI_NATAL = { id: `Cuti Bersama ${NATAL.id}`, en: `Collective leave for ${NATAL.en}` };
const CUTI_NYEPI = { id: `Cuti Bersama ${NYEPI.id}`, en: `Collective leave for ${NYEPI.en}` };

/**
 * 2026: 17 libur nasional and 8 cuti bersama (SKB 1497/2025, 2/2025, 5/2025).
 *
 * @example
 * ```ts
 * HOLIDAYS_2026.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 8
 * ```
 */
export const HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  decrees: [SKB],
  sources: [
    'https://pembelajaranbermaknaid.blogspot.com/2025/11/skb-3-menteri-rilis-daftar-cuti-bersama.html',
    'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri',
  ],
  entries: [
    {
      date: '2026-01-01',
      name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day 2026" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-01-16',
      name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2026-02-16', name: CUTI_IMLEK, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-02-17', name: IMLEK, kind: 'libur_nasional', decree: SKB },
    { date: '2026-03-18', name: CUTI_NYEPI, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-03-19', name: NYEPI, kind: 'libur_nasional', decree: SKB },
    { date: '2026-03-20', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-03-21', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2026-03-22', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2026-03-23', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-03-24', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2026-04-03',
      name: { id: 'Wafat Yesus Kristus', en: 'Good Friday (Death of Jesus Christ)' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-04-05',
      name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-05-01',
      name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2026-05-14', name: KENAIKAN, kind: 'libur_nasional', decree: SKB },
    { date: '2026-05-15', name: CUTI_KENAIKAN, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-05-27', name: IDULADHA, kind: 'libur_nasional', decree: SKB },
    { date: '2026-05-28', name: CUTI_IDULADHA, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2026-05-31',
      name: { id: 'Hari Raya Waisak 2570 BE', en: 'Vesak Day 2570 BE' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-06-01',
      name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-06-16',
      name: { id: 'Tahun Baru Islam 1448 Hijriah', en: 'Islamic New Year 1448 AH' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-08-17',
      name: { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2026-08-25',
      name: { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2026-12-24', name: CUTI_NATAL, kind: 'cuti_bersama', decree: SKB },
    { date: '2026-12-25', name: NATAL, kind: 'libur_nasional', decree: SKB },
  ],
};
