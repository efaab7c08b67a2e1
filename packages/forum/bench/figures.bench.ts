// Benchmarks of @opengov-id/forum, run by `npm run bench -- forum` (see bench/index.ts).
import { countWorkingDays, toLocalDate } from '@opengov-id/core';
import {
  type Aspiration,
  computeFigures,
  createFollowUp,
  type FollowUp,
  type ForumSession,
  applyFollowUpUpdate,
  percentile,
} from '@opengov-id/forum';
import type { BenchGroup } from '../../../bench/harness.js';

// 10,000 aspirations over 40 Thursday sessions of 2026, one follow-up each, four in
// five completed 1–30 days later.
const N = 10_000;
const THURSDAYS: string[] = [];
for (let d = Date.UTC(2026, 0, 8); THURSDAYS.length < 40; d += 7 * 86_400_000)
  THURSDAYS.push(new Date(d).toISOString().slice(0, 10));
const sessions: ForumSession[] = THURSDAYS.map((date, i) => ({
  id: `s-${date}`,
  seriesId: 'ksb-yasinan',
  level: 'zona',
  zoneId: ['I', 'II', 'III', 'IV'][i % 4]!,
  startsAt: `${date}T19:00:00+08:00`,
  status: 'held',
  agenda: [],
  documents: [],
  media: [],
}));
const aspirations: Aspiration[] = [];
const followUps: FollowUp[] = [];
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const template = createFollowUp({
  id: 't',
  aspirationId: 't',
  ownerOrganizationId: 'ksb-pupr',
  commitment: 'Ditindaklanjuti',
  classId: 'tidak_berkadar_pengawasan',
  at: '2026-01-08T21:00:00+08:00',
});
for (let i = 0; i < N; i++) {
  const session = sessions[i % sessions.length]!;
  const date = session.startsAt.slice(0, 10);
  const id = `asp-${i}`;
  aspirations.push({
    id,
    sessionId: session.id,
    channel: 'forum',
    raisedAt: `${date}T19:30:00+08:00`,
    raisedBy: { kind: 'warga' },
    kind: 'aduan',
    text: 'Aduan.',
    areaCode: '52.07.02',
    assignedOrganizationIds: [`opd-${i % 20}`],
    status: 'ditindaklanjuti',
    answers: [],
    externalRefs: [],
  });
  const base = {
    ...template,
    id: `tl-${i}`,
    aspirationId: id,
    ownerOrganizationId: `opd-${i % 20}`,
    timeline: [{ ...template.timeline[0]!, at: `${date}T21:00:00+08:00` }],
  };
  const done = random() < 0.8;
  const closeMs = Date.parse(`${date}T10:00:00+08:00`) + Math.floor(1 + random() * 30) * 86_400_000;
  followUps.push(
    done
      ? applyFollowUpUpdate(base, {
          kind: 'complete',
          at: new Date(closeMs).toISOString(),
          outcome: { result: 'resolved', summary: 'ok' },
        })
      : base,
  );
}

// What an app would write by hand: group with a Map, core's toLocalDate and countWorkingDays
// per aspiration, percentiles per group.
function naiveFigures() {
  const byAspiration = new Map(followUps.map((f) => [f.aspirationId, f]));
  const days = new Map<string, number[]>();
  const raised = new Map<string, number>();
  for (const a of aspirations) {
    const key = a.sessionId!;
    raised.set(key, (raised.get(key) ?? 0) + 1);
    const f = byAspiration.get(a.id);
    if (f?.status !== 'completed') continue;
    const list = days.get(key) ?? [];
    list.push(countWorkingDays(toLocalDate(a.raisedAt), toLocalDate(f.closedAt!)));
    days.set(key, list);
  }
  return [...raised].map(([key, count]) => ({
    key,
    raised: count,
    median: percentile(days.get(key) ?? [], 0.5),
    p90: percentile(days.get(key) ?? [], 0.9),
  }));
}

export const groups: BenchGroup[] = [
  {
    name: `figures per session over ${N.toLocaleString('en')} aspirations and follow-ups`,
    baselineNote: 'a hand-written loop: Map grouping, core toLocalDate + countWorkingDays per aspiration',
    baseline: { name: 'hand-written loop', fn: naiveFigures },
    cases: [
      {
        name: 'computeFigures, validate: false (all figures, not only medians)',
        fn: () =>
          computeFigures(
            { aspirations, followUps, sessions },
            { groupBy: 'session', asOf: '2026-12-31', validate: false },
          ),
      },
      {
        name: 'computeFigures, every record validated',
        fn: () =>
          computeFigures({ aspirations, followUps, sessions }, { groupBy: 'session', asOf: '2026-12-31' }),
      },
    ],
  },
];
