import type { HolidayYear } from '../holidays.js';

/** SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB on 2025 holidays and cuti bersama. */
const SKB = 'SKB 1017/2024, 2/2024, 2/2024';
/** The amendment of 7 August 2025 that added cuti bersama on 18 August 2025. */
const SKB_AGUSTUS = 'SKB 933/2025, 1/2025, 3/2025';

const IDULADHA = { id: 'Hari Raya Iduladha 1446 Hijriah', en: 'Eid al-Adha 1446 AH' };
const IDULFITRI = { id: 'Hari Raya Idulfitri 1446 Hijriah', en: 'Eid al-Fitr 1446 AH' };
const IMLEK = { id: 'Tahun Baru Imlek 2576 Kongzili', en: 'Chinese New Year 2576 Kongzili' };
const KEMERDEKAAN = { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' };
const KENAIKAN = { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' };
const NATAL = { id: 'Kelahiran Yesus Kristus (Natal)', en: 'Christmas Day' };
const NYEPI = {
  id: 'Hari Suci Nyepi Tahun Baru Saka 1947',
  en: 'Day of Silence (Nyepi), Saka New Year 1947',
};
const WAISAK = { id: 'Hari Raya Waisak 2569 BE', en: 'Vesak Day 2569 BE' };
const CUTI_IDULADHA = { id: `Cuti Bersama ${IDULADHA.id}`, en: `Collective leave for ${IDULADHA.en}` };
const CUTI_IDULFITRI = { id: `Cuti Bersama ${IDULFITRI.id}`, en: `Collective leave for ${IDULFITRI.en}` };
const CUTI_IMLEK = { id: `Cuti Bersama ${IMLEK.id}`, en: `Collective leave for ${IMLEK.en}` };
const CUTI_KEMERDEKAAN = {
  id: `Cuti Bersama ${KEMERDEKAAN.id}`,
  en: `Collective leave for ${KEMERDEKAAN.en}`,
};
const CUTI_KENAIKAN = { id: `Cuti Bersama ${KENAIKAN.id}`, en: `Collective leave for ${KENAIKAN.en}` };
const CUTI_NATAL = { id: `Cuti Bersama ${NATAL.id}`, en: `Collective leave for ${NATAL.en}` };
const CUTI_NYEPI = { id: `Cuti Bersama ${NYEPI.id}`, en: `Collective leave for ${NYEPI.en}` };
const CUTI_WAISAK = { id: `Cuti Bersama ${WAISAK.id}`, en: `Collective leave for ${WAISAK.en}` };

/**
 * 2025: 17 libur nasional and 10 cuti bersama (SKB 1017/2024, 2/2024, 2/2024), plus cuti bersama
 * on 18 August 2025 added by SKB 933/2025, 1/2025, 3/2025.
 *
 * @example
 * ```ts
 * HOLIDAYS_2025.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 11
 * ```
 */
export const HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  decrees: [SKB, SKB_AGUSTUS],
  sources: [
    'https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025',
    'https://lingkarwilis.com/pemerintah-tetapkan-hari-libur-nasional-dan-cuti-bersama-2025-sebanyak-27-hari',
    'https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/',
  ],
  entries: [
    {
      date: '2025-01-01',
      name: { id: 'Tahun Baru 2025 Masehi', en: "New Year's Day 2025" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2025-01-27',
      name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2025-01-28', name: CUTI_IMLEK, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-01-29', name: IMLEK, kind: 'libur_nasional', decree: SKB },
    { date: '2025-03-28', name: CUTI_NYEPI, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-03-29', name: NYEPI, kind: 'libur_nasional', decree: SKB },
    { date: '2025-03-31', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2025-04-01', name: IDULFITRI, kind: 'libur_nasional', decree: SKB },
    { date: '2025-04-02', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-04-03', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-04-04', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-04-07', name: CUTI_IDULFITRI, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2025-04-18',
      name: { id: 'Wafat Yesus Kristus', en: 'Good Friday (Death of Jesus Christ)' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2025-04-20',
      name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    {
      date: '2025-05-01',
      name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2025-05-12', name: WAISAK, kind: 'libur_nasional', decree: SKB },
    { date: '2025-05-13', name: CUTI_WAISAK, kind: 'cuti_bersama', decree: SKB },
    { date: '2025-05-29', name: KENAIKAN, kind: 'libur_nasional', decree: SKB },
    { date: '2025-05-30', name: CUTI_KENAIKAN, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2025-06-01',
      name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2025-06-06', name: IDULADHA, kind: 'libur_nasional', decree: SKB },
    { date: '2025-06-09', name: CUTI_IDULADHA, kind: 'cuti_bersama', decree: SKB },
    {
      date: '2025-06-27',
      name: { id: 'Tahun Baru Islam 1447 Hijriah', en: 'Islamic New Year 1447 AH' },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2025-08-17', name: KEMERDEKAAN, kind: 'libur_nasional', decree: SKB },
    { date: '2025-08-18', name: CUTI_KEMERDEKAAN, kind: 'cuti_bersama', decree: SKB_AGUSTUS },
    {
      date: '2025-09-05',
      name: { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" },
      kind: 'libur_nasional',
      decree: SKB,
    },
    { date: '2025-12-25', name: NATAL, kind: 'libur_nasional', decree: SKB },
    { date: '2025-12-26', name: CUTI_NATAL, kind: 'cuti_bersama', decree: SKB },
  ],
};
