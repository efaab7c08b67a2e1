import type { HolidayYear } from '../holidays.js';
import { decodeYear } from './names.js';

/** The 2026 days off as `MM-DD`, in date order; {@link HOLIDAYS_2026} names them. */
export const DAYS_2026 =
  '01-01 01-16 02-16 02-17 03-18 03-19 03-20 03-21 03-22 03-23 03-24 04-03 04-05 05-01 05-14 05-15 05-27 ' +
  '05-28 05-31 06-01 06-16 08-17 08-25 12-24 12-25';

/**
 * 2026: 17 libur nasional and 8 cuti bersama (SKB 1497/2025, 2/2025, 5/2025).
 *
 * @example
 * ```ts
 * HOLIDAYS_2026.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 8
 * ```
 */
export const HOLIDAYS_2026: HolidayYear = /* @__PURE__ */ decodeYear(
  2026,
  DAYS_2026,
  'tahun_baru#2026 isra_mikraj cuti:imlek#2577 imlek#2577 cuti:nyepi#1948 nyepi#1948 cuti:idulfitri#1447 ' +
    'idulfitri#1447 idulfitri#1447 cuti:idulfitri#1447 cuti:idulfitri#1447 wafat paskah buruh kenaikan ' +
    'cuti:kenaikan iduladha#1447 cuti:iduladha#1447 waisak#2570 pancasila tahun_baru_islam#1448 kemerdekaan ' +
    'maulid cuti:natal natal',
  [
    // SKB of the Minister of Religious Affairs, the Minister of Manpower and MenPANRB (19 September 2025).
    'SKB 1497/2025, 2/2025, 5/2025',
  ],
  [
    'https://pembelajaranbermaknaid.blogspot.com/2025/11/skb-3-menteri-rilis-daftar-cuti-bersama.html',
    'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri',
  ],
);
