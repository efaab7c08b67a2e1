import type { HolidayYear } from '../holidays.js';
import { decodeYear } from './names.js';

/** The 2024 days off as `MM-DD`, in date order; {@link HOLIDAYS_2024} names them. */
export const DAYS_2024 =
  '01-01 02-08 02-09 02-10 02-14 03-11 03-12 03-29 03-31 04-08 04-09 04-10 04-11 04-12 04-15 05-01 05-09 ' +
  '05-10 05-23 05-24 06-01 06-17 06-18 07-07 08-17 09-16 11-27 12-25 12-26';

/**
 * 2024: 17 libur nasional and 10 cuti bersama (SKB 855/2023, 3/2023, 4/2023), plus the
 * election days of 14 February and 27 November by Keppres.
 *
 * @example
 * ```ts
 * HOLIDAYS_2024.entries.filter((e) => e.kind === 'cuti_bersama').length; // => 10
 * ```
 */
export const HOLIDAYS_2024: HolidayYear = /* @__PURE__ */ decodeYear(
  2024,
  DAYS_2024,
  'tahun_baru#2024 isra_mikraj cuti:imlek#2575 imlek#2575 keppres:pemilu#2024@1 nyepi#1946 cuti:nyepi#1946 ' +
    'wafat paskah cuti:idulfitri#1445 cuti:idulfitri#1445 idulfitri#1445 idulfitri#1445 cuti:idulfitri#1445 ' +
    'cuti:idulfitri#1445 buruh kenaikan cuti:kenaikan waisak#2568 cuti:waisak#2568 pancasila iduladha#1445 ' +
    'cuti:iduladha#1445 tahun_baru_islam#1446 kemerdekaan maulid keppres:pilkada#2024@2 natal cuti:natal',
  [
    // SKB of the Minister of Religious Affairs, the Minister of Manpower and MenPANRB.
    'SKB 855/2023, 3/2023, 4/2023',
    // Which Keppres covers which election day follows the holiday_id (pub.dev) changelog.
    'Keppres 10/2024',
    'Keppres 33/2024',
  ],
  ['https://m.jpnn.com/news/simak-tanggal-dan-bulan-libur-nasional-serta-cuti-bersama-di-2024'],
);
