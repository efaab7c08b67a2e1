// npm run start -w @opengov-id/example-yasinan-schedule [-- --from 2026-03-01 --count 8 --as-of 2026-02-27] [--out <folder>]
// Everything is computed offline from the sample records in samples.ts.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURE_HEADER, figureLine, runForum } from './forum.js';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '2026-03-01' },
    count: { type: 'string', default: '8' },
    'as-of': { type: 'string', default: '2026-02-27' },
    out: { type: 'string' },
  },
});
// run-source.mjs runs from the repo root; a relative --out means the folder npm was run from.
const outDir = values.out
  ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out)
  : resolve(import.meta.dirname, '../output');

const result = await runForum({
  from: values.from,
  count: Number(values.count),
  asOf: values['as-of'],
  outDir,
});

console.log(
  'SAMPLE DATA: the routing table, aspirations and follow-ups are fictional (zones: Kep. Bupati KSB 414.2/58/DPMD/X/2018).',
);
console.log(
  `Next ${result.upcoming.length} sessions of Forum YASINAN KSB from ${values.from} (malam Jumat, WITA):`,
);
for (const s of result.upcoming) {
  const moved =
    s.adjustment === 'none'
      ? ''
      : `  (${s.adjustment} from ${s.regularDate}: ${s.holiday?.name.id ?? 'day off'})`;
  console.log(`  ${s.startsAt}  ${s.zoneName ?? s.level}${moved}`);
}

console.log('\nAspirations of the January sessions, routed:');
for (const { aspiration, route } of result.routed) {
  console.log(
    `  ${aspiration.id}  ${(aspiration.sector ?? '(no sector)').padEnd(30)} ${aspiration.areaCode}  → ${route.leadOrganizationId.padEnd(19)} ${route.level}${route.kind === 'fallback' ? ' (fallback)' : ''}`,
  );
  console.log(`      ${route.explanation.id}`);
}

console.log('\nFollow-ups (deadline in hari kerja, SIPPN classes):');
for (const f of result.followUps) {
  console.log(
    `  ${f.id}  ${f.ownerOrganizationId.padEnd(18)} ${f.classId.padEnd(26)} due ${f.dueDate}  ${f.status.padEnd(11)} ${f.progress}%${f.closedAt ? `  closed ${f.closedAt.slice(0, 10)}` : ''}`,
  );
}
console.log(`Overdue as of ${values['as-of']}:`);
for (const org of result.overdue)
  for (const o of org.followUps)
    console.log(
      `  ${org.organizationId}  ${o.followUp.id} due ${o.followUp.dueDate}: ${o.workingDaysOverdue} hari kerja late`,
    );

console.log(`\nOGP IDWSB0007 figures as of ${values['as-of']} (working days from raising to completion):`);
console.log(`  ${FIGURE_HEADER}`);
for (const row of [...result.figures.zone, ...result.figures.all]) console.log(`  ${figureLine(row)}`);

console.log(`\nWrote ${result.icsPath} (${result.upcoming.length} events; subscribe from a phone calendar)`);
