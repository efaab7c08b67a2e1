// `npm run demo`: a tour of the SDK with real data and real rules. Every line below is
// computed by the packages at run time; nothing is canned.
import {
  addWorkingDays,
  countWorkingDays,
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
import { dueDates, Report, toPublicReport, transition } from '@opengov-id/care';
import {
  ksbYasinanSeries,
  routeAspiration,
  toICalendar,
  upcomingSessions,
  URUSAN_SECTORS,
} from '@opengov-id/forum';
import { classifyGrowth, computeGrowthZScores } from '@opengov-id/posyandu';
import { createCkanClient, fromCkanPackage, scoreCatalog } from '@opengov-id/satudata';
import { ckanPortalHandlers, seedCatalogue } from '@opengov-id/satudata/testing';
import { setupServer } from 'msw/node';

const h = (title: string) => console.log(`\n\x1b[1m${title}\x1b[0m`);
const row = (label: string, value: unknown) =>
  console.log(`  ${label.padEnd(40)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

console.log('OGP Local SDK: a tour of @opengov-id/core and @opengov-id/posyandu');

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

h('6. Posyandu: WHO growth z-scores (@opengov-id/posyandu, equal to WHO anthro)');
const child = {
  sex: 'female',
  ageMonths: 24,
  weightKg: 10.2,
  lengthHeightCm: 82,
  measured: 'recumbent',
} as const;
const z = await computeGrowthZScores(child);
row('girl, 24 months, 10.2 kg, 82 cm lying', '');
row('  weight-for-age (BB/U)', z.weightForAge);
row('  length/height-for-age (TB/U)', z.lengthHeightForAge);
row('  weight-for-height (BB/TB)', z.weightForLengthHeight);
row('  height used (lying from day 731: -0.7 cm)', z.adjustedLengthHeightCm);
const categories = classifyGrowth(z, 24);
for (const [index, category] of Object.entries(categories)) {
  if (category) row(`  Permenkes 2/2020: ${index}`, `${category.label.id} (${category.code})`);
}

h('7. Satu Data: a CKAN catalogue read over HTTP and scored (MQA, data.europa.eu)');
// A sample KSB-like catalogue served by the package's CKAN emulator (msw), clearly not real data.
const portal = 'https://satudata.sample.ksb.test';
const emulator = setupServer(
  ...ckanPortalHandlers({ baseUrl: portal, catalogue: seedCatalogue({ siteUrl: portal, datasets: 60 }) }),
);
emulator.listen({ onUnhandledRequest: 'error' });
const ckan = createCkanClient({ baseUrl: portal });
const packages = await ckan.searchPackages({ rows: 25 }).toArray({ limit: 1000 });
const datasets = [];
for (const summary of packages) datasets.push(fromCkanPackage(await ckan.packageShow(summary.name)).value);
const quality = await scoreCatalog(datasets);
row('datasets read (2 pages of 25 + 10)', datasets.length);
row('catalogue MQA score (of 405)', `${quality.overall.total.toFixed(0)}, ${quality.overall.ratingLabel.id}`);
for (const org of quality.byOrganization.slice(0, 3)) {
  row(
    `  fix first: ${org.organization.name}`,
    `${org.score.total.toFixed(0)} points, ${org.datasetCount} datasets`,
  );
}
emulator.close();

h('8. NTB Care: a complaint, its LAPOR! lifecycle and working-day SLA');
const report = Report.parse({
  id: 'SAMPLE-2026-000123',
  type: 'layanan_publik',
  classification: 'pengaduan',
  channel: 'sms',
  title: 'Lampu jalan padam',
  description: 'Lampu jalan di depan SDN 1 Taliwang padam sejak seminggu lalu.',
  category: 'infrastruktur',
  location: { regionCode: '5207022001' },
  reporter: { name: 'Warga Contoh', phone: '081234567890' },
  anonim: true,
  receivedAt: '2026-03-17T10:00:00+08:00',
});
for (const due of dueDates(report)) {
  const when = due.dueDate ?? (due.state === 'pending' ? 'starts when the previous stage ends' : due.dueAt);
  row(`${due.ruleSet}: ${due.stage}`, `${when} (${due.rule.amount} ${due.rule.unit}, ${due.rule.source})`);
}
const forwarded = transition(
  report,
  {
    type: 'verifikasi',
    assignTo: { organizationId: 'pupr-ksb', organizationName: 'Dinas PUPR KSB', kind: 'opd' },
  },
  { role: 'admin', id: 'admin-sample' },
);
row('status after verification', forwarded.status);
row('public view: reporter of an anonim report', String(toPublicReport(forwarded)?.reporterName));

h('9. Forum YASINAN (KSB): the next sessions, routing, iCalendar');
const series = ksbYasinanSeries({
  rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] },
  holidayRule: 'move_earlier',
});
for (const session of upcomingSessions(series, { from: '2026-03-09', count: 3 })) {
  const note =
    session.adjustment === 'moved' ? ` (moved from ${session.regularDate}: ${session.holiday?.name.id})` : '';
  row(`zone ${session.zoneId}`, `${session.startsAt}${note}`);
}
const routed = routeAspiration(
  { sector: 'administrasi_kependudukan', areaCode: '52.07.02.2001' },
  {
    version: 'sample',
    source: 'sample table, not an official assignment',
    regencyCode: '52.07',
    fallbackOrganizationId: 'ksb-setda',
    sectors: URUSAN_SECTORS.sectors.map((s) => ({
      sector: s.id,
      organizationId: s.id === 'administrasi_kependudukan' ? 'ksb-disdukcapil' : 'ksb-setda',
    })),
    areas: [],
  },
);
row('an aspiration on KTP in Taliwang goes to', `${routed.leadOrganizationId}: ${routed.explanation.en}`);
const ics = toICalendar(upcomingSessions(series, { from: '2026-03-09', count: 3 }), {
  calendarName: 'Forum YASINAN KSB',
  title: 'Forum YASINAN',
});
row(
  'iCalendar feed',
  `${ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length} events, ${ics.length} bytes`,
);
console.log('');
