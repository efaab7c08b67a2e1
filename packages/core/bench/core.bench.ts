// Benchmarks of @opengov-id/core, run by `npm run bench` (see bench/index.ts).
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { addWorkingDays, decodeNik, HOLIDAY_TABLE } from '@opengov-id/core';
import { normalizePhone } from '@opengov-id/core/phone';
import type { BenchGroup } from '../../../bench/harness.js';

const NIKS = ['5207024507050001', '5207020101800002', '5271016512990003', '3171010101010004'];
const PHONES = ['081234567890', '+62 812-3456-7890', '6281234567890', '(0372) 123456'];
let i = 0;
const next = <T>(list: readonly T[]): T => list[i++ % list.length] as T;

// The loop an app would write by hand: JS Date arithmetic in UTC and a Set of holiday strings.
const holidaySet = new Set(HOLIDAY_TABLE.flatMap((year) => year.entries.map((e) => e.date)));
function naiveAddWorkingDays(start: string, n: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6 && !holidaySet.has(date.toISOString().slice(0, 10))) left--;
  }
  return date.toISOString().slice(0, 10);
}
const STARTS = ['2026-03-16', '2025-12-22', '2024-04-01', '2026-05-11'];

export const groups: BenchGroup[] = [
  {
    name: 'addWorkingDays over 30 working days (SKB 2024-2026 table)',
    baselineNote: 'a hand-written Date loop with a Set of holiday strings',
    baseline: { name: 'naive Date loop', fn: () => naiveAddWorkingDays(next(STARTS), 30) },
    cases: [{ name: 'addWorkingDays', fn: () => addWorkingDays(next(STARTS), 30) }],
  },
  {
    name: 'decodeNik (structure, +40 day rule, real date, century, region warning)',
    baselineNote: 'a bare /^\\d{16}$/ test, the cheapest check an app could make instead',
    baseline: { name: 'regex /^\\d{16}$/', fn: () => /^\d{16}$/.test(next(NIKS)) },
    cases: [{ name: 'decodeNik', fn: () => decodeNik(next(NIKS), { today: '2026-11-28' }) }],
  },
  {
    name: 'normalizePhone (E.164, type, national format)',
    baselineNote: "libphonenumber-js/max parsePhoneNumberWithError(input, 'ID') alone",
    baseline: {
      name: 'libphonenumber parse',
      fn: () => parsePhoneNumberWithError(next(PHONES), 'ID'),
    },
    cases: [
      {
        name: 'libphonenumber, same work by hand (parse, isValid, getType, two formats)',
        fn: () => {
          const n = parsePhoneNumberWithError(next(PHONES), 'ID');
          return [n.isValid(), n.getType(), n.formatNational(), n.formatInternational()];
        },
      },
      { name: 'normalizePhone', fn: () => normalizePhone(next(PHONES)) },
    ],
  },
];
