// `npm run bench`: every figure is a ratio to a baseline measured in the same run, so the
// numbers mean the same on a laptop and on CI. Nothing here is asserted in tests.
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { decodeNik } from '@opengov-id/core';
import { normalizePhone } from '@opengov-id/core/phone';
import { type BenchGroup, runGroups } from './harness.js';

const NIKS = ['5207024507050001', '5207020101800002', '5271016512990003', '3171010101010004'];
const PHONES = ['081234567890', '+62 812-3456-7890', '6281234567890', '(0372) 123456'];
let i = 0;
const next = <T>(list: readonly T[]): T => list[i++ % list.length] as T;

const groups: BenchGroup[] = [
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

await runGroups(groups);
