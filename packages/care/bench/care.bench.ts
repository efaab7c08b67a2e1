// Benchmarks of @opengov-id/care, run by `npm run bench -- care` (see bench/index.ts).
import {
  computeIkm,
  dueDates,
  type IkmResponse,
  LAPOR_RULES,
  readOpen311,
  Report,
  serializeOpen311Requests,
} from '@opengov-id/care';
import type { BenchGroup } from '../../../bench/harness.js';

let seed = 1;
const random = () => {
  seed = (seed * 16807) % 2_147_483_647;
  return seed / 2_147_483_647;
};
const CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const responses: IkmResponse[] = Array.from({ length: 100_000 }, (_, i) => ({
  unit: `unit-${i % 12}`,
  answers: Object.fromEntries(CODES.map((c) => [c, 1 + Math.floor(random() * 4)])),
}));
// The loop a dashboard would write by hand: sum per unsur, mean, × 25.
function naiveIkm(list: readonly IkmResponse[]): number {
  const sums = new Array(9).fill(0);
  for (const r of list) for (let i = 0; i < 9; i++) sums[i] += r.answers[CODES[i] as string] as number;
  return (sums.reduce((a, b) => a + b, 0) / 9 / list.length) * 25;
}

const base = Report.parse({
  id: 'B-1',
  type: 'layanan_publik',
  classification: 'pengaduan',
  channel: 'app',
  title: 'Lampu jalan padam',
  description: 'Lampu jalan di depan SDN 1 Taliwang padam.',
  category: 'infrastruktur',
  location: { regionCode: '52.07.02' },
  receivedAt: '2026-01-05T08:00:00+08:00',
});
// 100,000 reports per op, as issue 4 asks. The engine caches each zone's day boundaries, so
// after the first op the cost is working-day arithmetic and history scans.
const reports = Array.from({ length: 100_000 }, (_, i) => ({
  ...base,
  id: `B-${i}`,
  receivedAt: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 10}:15:00+08:00`,
}));
// Hand-written: receivedAt + 3 days with Date, no holidays, no working days.
const naiveDue = (iso: string) => new Date(Date.parse(iso) + 3 * 86_400_000).toISOString();

const services = [{ serviceCode: 'PJU', serviceName: 'Penerangan jalan', category: 'infrastruktur' }];
const listReports = Array.from({ length: 1_000 }, (_, i) => ({
  ...base,
  id: `R-${i}`,
  status: 'ditindaklanjuti' as const,
}));
const xml = serializeOpen311Requests(listReports, 'xml', { services });
const json = serializeOpen311Requests(listReports, 'json', { services });

export const groups: BenchGroup[] = [
  {
    name: 'computeIkm over 100,000 responses (9 unsur, 12 units)',
    baselineNote: 'a hand-written sum-and-mean loop without validation, units or mutu',
    baseline: { name: 'naive mean × 25', fn: () => naiveIkm(responses) },
    cases: [{ name: 'computeIkm', fn: () => computeIkm(responses) }],
  },
  {
    name: 'SLA due dates for 100,000 reports (LAPOR! rules: 3 working days, 5 and 10 days)',
    baselineNote: 'receivedAt + 3 × 24 h with Date arithmetic, ignoring holidays and WITA',
    baseline: { name: 'naive Date + 3 days', fn: () => reports.map((r) => naiveDue(r.receivedAt)) },
    cases: [{ name: 'dueDates', fn: () => reports.map((r) => dueDates(r, { ruleSets: [LAPOR_RULES] })) }],
  },
  {
    name: 'Open311 list of 1,000 requests: XML vs JSON',
    baselineNote: 'readOpen311 on the JSON form of the same list (JSON.parse + schema)',
    baseline: { name: 'readOpen311 JSON', fn: () => readOpen311('requests', json, 'json') },
    cases: [
      { name: 'readOpen311 XML (fast-xml-parser, validated)', fn: () => readOpen311('requests', xml, 'xml') },
    ],
  },
];
