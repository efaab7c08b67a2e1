import type { HolidayYear } from '../holidays.js';
import { decodeYear } from './names.js';

/** The 2025 days off as `MM-DD`, in date order; {@link HOLIDAYS_2025} names them. */
export const DAYS_2025 =
  '01-01 01-27 01-28 01-29 03-28 03-29 03-31 04-01 04-02 04-03 04-04 04-07 04-18 04-20 05-01 05-12 05-13 ' +
  '05-29 05-30 06-01 06-06 06-09 06-27 08-17 08-18 09-05 12-25 12-26';

/**
 * 2025: 17 libur nasional and 10 cuti bersama (SKB 1017/2024, 2/2024, 2/2024), plus cuti bersama
 * on 18 August 2025 added by SKB 933/2025, 1/2025, 3/2025.
 *
 * @example
 * ```ts
 * HOLIDAYS_2025.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 11
 * ```
 */
export const HOLIDAYS_2025: HolidayYear = /* @__PURE__ */ decodeYear(
  2025,
  DAYS_2025,
  'tahun_baru#2025 isra_mikraj cuti:imlek#2576 imlek#2576 cuti:nyepi#1947 nyepi#1947 idulfitri#1446 ' +
    'idulfitri#1446 cuti:idulfitri#1446 cuti:idulfitri#1446 cuti:idulfitri#1446 cuti:idulfitri#1446 wafat ' +
    'paskah buruh waisak#2569 cuti:waisak#2569 kenaikan cuti:kenaikan pancasila iduladha#1446 ' +
    'cuti:iduladha#1446 tahun_baru_islam#1447 kemerdekaan cuti:kemerdekaan@1 maulid natal cuti:natal',
  [
    // SKB of the Minister of Religious Affairs, the Minister of Manpower and MenPANRB.
    'SKB 1017/2024, 2/2024, 2/2024',
    // The amendment of 7 August 2025 that added cuti bersama on 18 August 2025.
    'SKB 933/2025, 1/2025, 3/2025',
  ],
  [
    'https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025',
    'https://lingkarwilis.com/pemerintah-tetapkan-hari-libur-nasional-dan-cuti-bersama-2025-sebanyak-27-hari',
    'https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/',
  ],
);
