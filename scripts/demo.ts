// `npm run demo`: a tour of the SDK with real data and real rules. Every line below is
// computed by the packages at run time; nothing is canned. Part one runs the core helpers in
// process; part two starts the reference server (examples/reference-server) on a free loopback
// port with a fresh SQLite file of sample data, and walks the packages' clients through it over HTTP.
import {
  addWorkingDays,
  countWorkingDays,
  toLocalDate,
  daysBetween,
  createHolidayCalendar,
  decodeNik,
  formatRegionCode,
  getRegion,
  isOpenGovError,
  listChildren,
  loadProvince,
  maskNik,
  parseIndonesianName,
  parseRegionCode,
  redact,
  toZonedIso,
  zonedDateTimeToInstant,
} from '@opengov-id/core';
import { maskPhone, normalizePhone } from '@opengov-id/core/phone';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCareClient, dueDates, type Report } from '@opengov-id/care';
import { createForumClient, toICalendar, upcomingSessions } from '@opengov-id/forum';
import { classifyGrowth, computeGrowthZScores, renderGrowthChart } from '@opengov-id/posyandu';
import { createPosyanduClient } from '@opengov-id/posyandu/contract';
import { createCkanClient, fromCkanPackage, scoreCatalog } from '@opengov-id/satudata';
import { startReferenceServer } from '../examples/reference-server/src/server.js';

const h = (title: string) => console.log(`\n\x1b[1m${title}\x1b[0m`);
const row = (label: string, value: unknown) =>
  console.log(`  ${label.padEnd(40)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

console.log('OGP Local SDK: a tour of the five packages');

h('1. Region codes (Kepmendagri 300.2.2-2138/2025)');
const ksb = getRegion('52.07');
row("getRegion('52.07')", ksb);
row("parseRegionCode('5207022001')", parseRegionCode('5207022001'));
await loadProvince('52');
const kecamatan = listChildren('52.07');
row('kecamatan of Kab. Sumbawa Barat', kecamatan.map((k) => k.name).join(', '));
let desa = 0;
let kelurahan = 0;
for (const k of kecamatan) {
  for (const v of listChildren(k.code)) {
    if (parseRegionCode(v.code).villageKind === 'kelurahan') kelurahan++;
    else desa++;
  }
}
row('desa / kelurahan in KSB', `${desa} desa, ${kelurahan} kelurahan`);
const ntbVillages = listChildren('52').flatMap((kab) =>
  listChildren(kab.code).flatMap((kec) => listChildren(kec.code)),
);
row('desa/kelurahan in NTB', ntbVillages.length);
row("formatRegionCode('52.07.02.1006', bare)", formatRegionCode('52.07.02.1006', { style: 'bare' }));
row('52.07.02.1006 is', getRegion('52.07.02.1006')?.name);

h('2. NIK (UU 24/2013): decoded, never shown whole');
const nik = '5207024507050001';
const decoded = decodeNik(nik, { today: '2026-11-28' });
row('masked', maskNik(nik));
row('sex, birth date (day 45 = 5 + 40)', `${decoded.sex}, ${decoded.birthDate}`);
row('first registered in', `${decoded.regionCode} ${getRegion(decoded.regionCode)?.name ?? ''}`);
try {
  decodeNik('5207021513050001');
} catch (error) {
  if (isOpenGovError(error)) row('an impossible NIK (month 13)', error.messages?.id ?? error.message);
}

h('3. Working days in WITA (Perpres 21/2023, SKB 3 Menteri 2026)');
const calendar = createHolidayCalendar();
row("addWorkingDays('2026-03-16', 5)", addWorkingDays('2026-03-16', 5));
row('why: 2026-03-19 is', calendar.holidayOn('2026-03-19')?.name.id);
row('     2026-03-20 is', calendar.holidayOn('2026-03-20')?.name.id);
row('working days in March 2026', countWorkingDays('2026-02-28', '2026-03-31'));
const ksbCalendar = calendar.addHoliday({
  date: '2026-12-07',
  name: { id: 'Contoh libur daerah KSB', en: 'Example KSB regional day off' },
  kind: 'libur_daerah',
  decree: 'contoh / example',
});
row('a regional day off, patched at run time', ksbCalendar.addWorkingDays('2026-12-04', 1));
const forum = zonedDateTimeToInstant('2026-12-03', '19:30');
row('Forum YASINAN, Thu 3 Dec 19:30 WITA', forum);
row('the same instant in WIB', toZonedIso(forum, 'WIB'));

h('4. Phone numbers (libphonenumber-js, entry @opengov-id/core/phone)');
for (const input of ['0812-3456-7890', '+62 372 81234', '1500123']) {
  const phone = normalizePhone(input);
  // Personal numbers are shown masked; the UAN 1500123 is an institution's, shown whole.
  const shown =
    phone.type === 'uan' ? `${input} -> ${phone.e164}` : `${maskPhone(input)} -> ${maskPhone(phone.e164)}`;
  row(
    shown,
    `${phone.type}, national format ${phone.type === 'uan' ? phone.national : maskPhone(phone.national)}`,
  );
}

h('5. People and privacy');
row('parseIndonesianName(...)', parseIndonesianName('Dr. Ir. H. Amar Nurmansyah, S.T., M.Si.'));
row('redact(a log record)', redact({ nik, phone: '081234567890', note: 'warga 081234567890 melapor' }));

// ── Part two: the reference server, over HTTP ───────────────────────────────────────────────
// The sample data is dated relative to the server's clock. The clock is pinned to a Monday in
// 2026 so every run prints the same figures and stays inside the decreed holiday calendar.
const DEMO_NOW = new Date('2026-10-05T01:00:00Z'); // Monday 5 October 2026, 09:00 WITA
const today = toLocalDate(DEMO_NOW);
const outDir = 'demo-output';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await startReferenceServer({
  database: join(outDir, 'demo.sqlite'),
  seed: true,
  now: () => DEMO_NOW,
});
const tokens = server.tokens;
if (!tokens) throw new Error('the demo server is seeded, so it has sample tokens');
h(
  `6. The reference server: ${server.url} (SQLite ${join('demo-output', 'demo.sqlite')}, sample data marked CONTOH)`,
);
row('clock (pinned for the demo)', toZonedIso(DEMO_NOW));
const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: object };
row('OpenAPI 3.1 document', `${Object.keys(openapi.paths).length} paths at ${server.url}/openapi.json`);

try {
  h('7. Satu Data: the catalogue read through the CKAN API and scored (MQA, data.europa.eu)');
  const ckan = createCkanClient({ baseUrl: `${server.url}/ckan` });
  const summaries = await ckan.searchPackages({ rows: 5 }).toArray({ limit: 1000 });
  const datasets = [];
  for (const summary of summaries) datasets.push(fromCkanPackage(await ckan.packageShow(summary.name)).value);
  const quality = await scoreCatalog(datasets);
  row('datasets read (pages of 5)', datasets.length);
  row(
    'catalogue MQA score',
    `${quality.overall.total.toFixed(0)} of ${quality.overall.max}, ${quality.overall.ratingLabel.en}`,
  );
  console.log(
    `  ${'organization (fix the first first)'.padEnd(48)} ${'sets'.padStart(4)} ${'score'.padStart(6)}  weakest dimension`,
  );
  for (const org of quality.byOrganization) {
    const [weakest] = Object.entries(org.score.dimensions).sort(
      ([, a], [, b]) => a.points / a.max - b.points / b.max,
    );
    console.log(
      `  ${(org.organization.name.length > 48 ? `${org.organization.name.slice(0, 47)}…` : org.organization.name).padEnd(48)} ${String(org.datasetCount).padStart(4)} ${org.score.total.toFixed(0).padStart(6)}  ${weakest ? `${weakest[0]} ${weakest[1].points}/${weakest[1].max}` : ''}`,
    );
  }

  h('8. NTB Care: a complaint filed, routed, and given its working-day SLA');
  const citizen = createCareClient({ baseUrl: `${server.url}/care/v1` });
  const key = crypto.randomUUID();
  const complaint = {
    type: 'layanan_publik',
    classification: 'pengaduan',
    channel: 'web',
    title: 'CONTOH: lampu jalan padam',
    description: 'Contoh laporan: lampu jalan di depan SDN Contoh Taliwang padam sejak seminggu.',
    category: 'infrastruktur',
    location: { regionCode: '52.07.02.2001' },
    anonim: true,
  } as const;
  const filed = await citizen.submitReport({ body: complaint, idempotencyKey: key });
  const replayed = await citizen.submitReport({ body: complaint, idempotencyKey: key });
  row('filed by a citizen (no account, anonim)', `${filed.id}, status ${filed.status}`);
  row(
    'sent again with the same Idempotency-Key',
    replayed.id === filed.id ? 'the same report, not a second one' : 'a DUPLICATE',
  );
  const admin = createCareClient({ baseUrl: `${server.url}/care/v1`, token: tokens.admin });
  const routed: Report = await admin.transitionReport({
    params: { id: filed.id },
    body: {
      action: {
        type: 'verifikasi',
        assignTo: { organizationId: 'ksb-pupr', organizationName: 'Dinas PUPR KSB (CONTOH)', kind: 'opd' },
      },
      actor: { role: 'admin', id: 'admin' },
    },
  });
  row('verified and routed to', `${routed.assignments.at(-1)?.organizationName}, status ${routed.status}`);
  for (const due of dueDates(routed)) {
    if (due.state === 'pending') continue;
    row(
      `  due: ${due.stage} (${due.ruleSet})`,
      `${due.dueDate ?? due.dueAt} · ${due.rule.amount} ${due.rule.unit}, ${due.rule.source}`,
    );
  }
  const officer = createCareClient({ baseUrl: `${server.url}/care/v1`, token: tokens.officer });
  const inbox = await officer.listReports({ query: { limit: 100 } });
  row(
    "Dinas PUPR's officer sees",
    `${inbox.total} reports assigned to the office (of ${(await admin.listReports()).total})`,
  );
  const other = createCareClient({ baseUrl: `${server.url}/care/v1`, token: tokens.otherOfficer });
  row(
    "Dinas Dikbud's officer sees this one?",
    (await other.listReports({ query: { limit: 100 } })).items.some((r) => r.id === filed.id)
      ? 'YES (wrong)'
      : 'no',
  );
  const feed = await citizen.listPublicReports();
  const mine = feed.items.find((r) => r.id === filed.id);
  row('public feed: reporter of the anonim report', mine ? String(mine.reporterName) : 'not public yet');

  h("9. Posyandu: a child's weighings, WHO z-scores and growth chart");
  const kader = createPosyanduClient({ baseUrl: `${server.url}/posyandu/v1`, token: tokens.kader });
  const [posyandu] = (await kader.listPosyandu()).items;
  if (!posyandu) throw new Error('the sample posyandu is missing');
  row(
    'posyandu of the sample kader',
    `${posyandu.name}, desa ${getRegion(posyandu.desaCode)?.name ?? posyandu.desaCode}`,
  );
  const households = await kader.listHouseholds({ params: { posyanduId: posyandu.id } });
  const people = (
    await Promise.all(households.items.map((hh) => kader.listPeople({ params: { householdId: hh.id } })))
  ).flatMap((p) => p.items);
  const child = people.find((p) => p.role === 'anak' && daysBetween(p.birthDate, today) < 5 * 365);
  if (!child) throw new Error('the sample posyandu has no child under five');
  const visits = (await kader.listVisits({ params: { personId: child.id } })).items;
  row(
    'child (id only; names stay with the kader)',
    `${child.id}, ${child.sex}, born ${child.birthDate}, ${visits.length} weighings`,
  );
  const points = [];
  for (const visit of visits) {
    const { weightKg, lengthHeightCm, measured } = visit.measurements;
    const ageDays = daysBetween(child.birthDate, visit.date);
    points.push({ ageDays, value: weightKg ?? 0 });
    const z = await computeGrowthZScores({
      sex: child.sex,
      ageDays,
      ...(weightKg ? { weightKg } : {}),
      ...(lengthHeightCm ? { lengthHeightCm } : {}),
      ...(measured ? { measured } : {}),
    });
    const bbU = classifyGrowth(z, Math.floor(ageDays / 30.4375)).weightForAge;
    row(
      `  ${visit.date}: ${weightKg} kg${lengthHeightCm ? `, ${lengthHeightCm} cm` : ''}`,
      `BB/U z ${z.weightForAge?.z}${bbU ? ` (${bbU.label.id})` : ''}${z.lengthHeightForAge ? `, TB/U z ${z.lengthHeightForAge.z}` : ''}`,
    );
  }
  const svg = await renderGrowthChart({
    indicator: 'weightForAge',
    sex: child.sex,
    points: points.filter((p) => p.value > 0),
    maxAgeMonths: 24,
  });
  const chartFile = join('demo-output', `growth-${child.id}.svg`);
  writeFileSync(chartFile, svg);
  row('growth chart (KMS bands, WHO curves)', chartFile);
  const month = visits.at(-1)?.date.slice(0, 7);
  if (month) {
    const report = await kader.getMonthlyReport({ params: { posyanduId: posyandu.id, month } });
    const { S, K, D, N } = report.skdn;
    row(
      `SKDN ${month}`,
      `S ${S}, K ${K}, D ${D}, N ${N}; D/S ${((100 * D) / S).toFixed(0)}% (participation)`,
    );
    // The same SKDN, computed by the server from the weighings it stores.
    const fromVisits = await kader.getSkdn({ params: { posyanduId: posyandu.id, month } });
    row('  the same from stored weighings', `D ${fromVisits.counts.D}, N ${fromVisits.counts.N}`);
    // What anyone may read: figures per desa, small counts withheld so no child can be singled out.
    const publicPosyandu = createPosyanduClient({ baseUrl: `${server.url}/posyandu/v1` });
    const nutrition = await publicPosyandu.getNutritionFigures({ params: { month } });
    const shown = (n: number | null) => (n === null ? `withheld (<${nutrition.threshold})` : String(n));
    for (const desa of nutrition.desa) {
      row(
        `public figures ${month}, desa ${getRegion(desa.desaCode)?.name ?? desa.desaCode}`,
        `weighed ${shown(desa.childrenWeighed)}, stunted ${shown(desa.stunted.count)}, underweight ${shown(desa.underweight.count)}`,
      );
    }
    if (nutrition.desa.every((d) => d.childrenWeighed === null))
      row('  (why withheld)', `each sample desa has fewer than ${nutrition.threshold} children weighed`);
  }

  h('10. Forum YASINAN (KSB): the next sessions, an iCalendar file, and the OGP figures');
  const forum = createForumClient({ baseUrl: `${server.url}/forum/v1` });
  const stored = await forum.listSessions({ query: { limit: 10 } });
  for (const session of stored.items) {
    row(`${session.status}`, `${session.startsAt}${session.venue ? ` at ${session.venue.name}` : ''}`);
  }
  // The schedule itself comes from the series' rule (every Thursday, moved before a holiday).
  const [series] = (await forum.listSeries()).items;
  if (!series) throw new Error('the sample series is missing');
  const upcoming = upcomingSessions(series, { from: today, count: 4 });
  row(`next sessions of "${series.name}"`, upcoming.map((u) => u.startsAt.slice(0, 10)).join(', '));
  const icsFile = join('demo-output', 'forum-yasinan-ksb.ics');
  writeFileSync(
    icsFile,
    toICalendar(upcoming, { calendarName: 'Forum YASINAN KSB (CONTOH)', title: 'Forum YASINAN' }),
  );
  row('iCalendar file', icsFile);
  // The organising office schedules an extra session, then calls it off: both stay in its history.
  const office = createForumClient({ baseUrl: `${server.url}/forum/v1`, token: tokens.admin });
  const extra = await office.createSession({
    body: {
      id: 'sesi-contoh-khusus',
      seriesId: series.id,
      level: 'kabupaten',
      venue: { name: 'Aula Kantor Bupati (CONTOH)' },
      date: '2026-10-15',
      startTime: '19:30',
      endTime: '22:00',
      status: 'confirmed',
    },
    idempotencyKey: 'demo-forum-extra-session',
  });
  const cancelled = await office.cancelSession({
    params: { sessionId: extra.id },
    body: { reason: 'Bertepatan dengan musrenbang kecamatan.' },
    idempotencyKey: 'demo-forum-cancel-extra',
  });
  row(
    'an extra session, scheduled then cancelled',
    `${cancelled.status}; history: ${(cancelled.history ?? []).map((e) => e.action).join(' → ')}`,
  );
  const figures = await forum.getFigures({
    query: { groupBy: 'session', asOf: today },
  });
  console.log(
    `  ${'session'.padEnd(26)} ${'held'.padStart(4)} ${'raised'.padStart(6)} ${'answered'.padStart(8)} ${'followed up'.padStart(11)} ${'completed'.padStart(9)}  on time`,
  );
  for (const r of figures.rows) {
    const onTime = r.withinDeadline;
    console.log(
      `  ${r.key.padEnd(26)} ${String(r.sessionsHeld).padStart(4)} ${String(r.raised).padStart(6)} ${String(r.answeredInForum).padStart(8)} ${String(r.followedUp).padStart(11)} ${String(r.completed).padStart(9)}  ${onTime.due === 0 ? '-' : `${onTime.onTime} of ${onTime.due}`}`,
    );
  }
} finally {
  await server.close();
}
console.log(`\nFiles in demo-output/. Server closed. ${process.uptime().toFixed(1)} s in all.`);
