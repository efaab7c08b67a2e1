import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCareMswHandlers, createInMemoryCareStore } from '@opengov-id/care/testing';
import { createHolidayCalendar, ValidationError } from '@opengov-id/core';
import { http, passthrough } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { CARE_COLLECTIONS, type StoredReport } from '../../reference-server/src/modules/care.js';
import { startReferenceServer } from '../../reference-server/src/server.js';
import { messageKey, runIntake, summarize, toDraft, toNewReport } from '../src/intake.js';
import { SAMPLE_MESSAGES, SECRETS_IN_TEXT, SENDERS } from '../src/samples.js';

const BASE = 'https://care.ksb.intake.test/api/v1';
const N = SAMPLE_MESSAGES.length;
const dirs: string[] = [];

async function setup() {
  const store = createInMemoryCareStore({ now: () => new Date('2026-12-28T01:00:00Z') });
  server.use(...createCareMswHandlers({ baseUrl: BASE, store }));
  const outDir = await mkdtemp(join(tmpdir(), 'complaint-intake-'));
  dirs.push(outDir);
  return { store, outDir };
}

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the intake flow through the outbox', () => {
  it('keeps every entry through an outage and stores exactly one report per message', async () => {
    const { store, outDir } = await setup();
    const result = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES });

    const [during, after] = result.flushes;
    // The cut link: the first request reached the server, its answer was lost, the pass stopped.
    expect(result.lostAnswers).toBe(1);
    expect(during).toMatchObject({ sent: 0, failed: 0, pending: N });
    expect(result.keptDuringOutage).toEqual({ entries: N, files: N });
    // Back online: everything sent, the replayed first entry deduplicated by its key.
    expect(after).toMatchObject({ sent: N, failed: 0, pending: 0, retryInMs: undefined });
    expect(result.filesLeft).toBe(0);
    expect(await readdir(join(outDir, 'outbox'))).not.toContain(expect.stringMatching(/\.json$/));

    expect(store.reports.size).toBe(N);
    expect(store.keys.size).toBe(N);
    const ids = result.reports.map((r) => r.report.id);
    expect(new Set(ids).size).toBe(N);
    expect([...store.reports.keys()].sort()).toEqual([...ids].sort());
    expect(result.reports.map((r) => r.key)).toEqual(SAMPLE_MESSAGES.map(messageKey));
  });

  it('stores nothing twice when the same messages are filed again (a replay)', async () => {
    const { store, outDir } = await setup();
    const first = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES });
    const replay = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES });
    expect(store.reports.size).toBe(N);
    expect(replay.reports.map((r) => r.report.id)).toEqual(first.reports.map((r) => r.report.id));
    expect(replay.flushes.at(-1)).toMatchObject({ sent: N, pending: 0 });
  });

  it('files each message with its type, channel, place and category', async () => {
    const { outDir } = await setup();
    const { reports } = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES, outage: false });
    const byKey = new Map(reports.map((r) => [r.key, r.report]));
    expect(byKey.get('sms-0001')).toMatchObject({
      type: 'layanan_publik',
      channel: 'sms',
      location: { regionCode: '52.07.02.2001' },
      reporter: { phone: '+6281234567890' },
      receivedAt: '2026-03-17T10:00:00+08:00',
    });
    expect(byKey.get('sms-0004')).toMatchObject({
      type: 'aspirasi',
      location: { regionCode: '52.07.06.2002' },
    });
    // Two SMS parts out of order, joined: the keyword WBS makes it whistleblowing, always hidden.
    const wbs = byKey.get('sms-0005');
    expect(wbs).toMatchObject({ type: 'dugaan_pelanggaran', anonim: true, rahasia: true });
    expect(wbs?.description).toContain('untuk pengurusan surat keterangan usaha');
    expect(byKey.get('facebook-100094412345_877001')).toMatchObject({
      channel: 'facebook',
      location: { regionCode: '52.07.04' },
      provenance: { platform: 'facebook', handle: 'warga.sekongkang' },
    });
    expect(byKey.get('x-1871200456789012345')).toMatchObject({
      channel: 'twitter',
      location: { regionCode: '52.07.03.2005' },
    });
    expect(byKey.get('x-1871200456789012345')?.description).not.toMatch(/@LAPOR1708/);
  });

  it('keeps the NIK and phone numbers out of the report text and of every output', async () => {
    const { store, outDir } = await setup();
    const result = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES });
    const ktp = result.reports.find((r) => r.key === 'sms-0003')?.report;
    expect(ktp?.description).toBe(
      'KTP-el saya belum jadi sejak Januari, NIK [NIK/KK], mohon dibantu. Hubungi [PHONE]',
    );
    const stored = JSON.stringify([...store.reports.values()]);
    for (const secret of SECRETS_IN_TEXT) expect(stored).not.toContain(secret);
    const printed = JSON.stringify(result.reports.map(summarize));
    for (const secret of [...SECRETS_IN_TEXT, ...SENDERS]) expect(printed).not.toContain(secret);
    expect(printed).toContain('+62819****4321');
    const summary = JSON.parse(printed) as Array<{ title: string; reporter: string }>;
    expect(summary[4]).toMatchObject({ reporter: '(anonim)', title: '(rahasia: isi tidak ditampilkan)' });
  });

  it('refuses an SMS without a known keyword, saying why', () => {
    expect(() =>
      toDraft({
        kind: 'sms',
        gatewayId: 'sms-9999',
        parts: [{ text: 'halo min, jalan rusak' }],
        receivedAt: '2026-03-02T08:00:00+08:00',
        review: { category: 'lainnya' },
      }),
    ).toThrow(expect.objectContaining({ code: 'sms_unknown_keyword' }));
    expect(() =>
      toDraft({
        kind: 'sms',
        gatewayId: 'x',
        parts: [],
        receivedAt: '2026-03-02T08:00:00+08:00',
        review: { category: 'lainnya' },
      }),
    ).toThrow(ValidationError);
  });
});

describe('due dates on the SKB 2026 calendar (WITA)', () => {
  // Verification within 3 hari kerja (SP4N-LAPOR!), counted by hand from SKB 1497/2025, 2/2025, 5/2025.
  const expected: Record<string, { verifikasi: string; jawaban: string; why: string }> = {
    'sms-0001': {
      verifikasi: '2026-03-27',
      jawaban: '2026-03-31',
      why: 'Tue 17 Mar; 18 cuti, 19 Nyepi, 20 cuti, 23–24 cuti',
    },
    'sms-0002': {
      verifikasi: '2026-02-20',
      jawaban: '2026-02-27',
      why: 'Fri 13 Feb; 16 cuti Imlek, 17 Imlek',
    },
    'sms-0003': { verifikasi: '2026-05-20', jawaban: '2026-05-27', why: 'Wed 13 May; 14 Kenaikan, 15 cuti' },
    'sms-0004': { verifikasi: '2026-03-26', jawaban: '2026-03-30', why: 'Mon 16 Mar; only 17, 25, 26 work' },
    'sms-0005': {
      verifikasi: '2026-06-03',
      jawaban: '2026-06-09',
      why: 'Tue 26 May; 27 Iduladha, 28 cuti, 1 Jun Pancasila',
    },
    'facebook-100094412345_877001': {
      verifikasi: '2026-03-27',
      jawaban: '2026-04-02',
      why: 'on Nyepi; 20, 23, 24 cuti',
    },
    'x-1871200456789012345': {
      verifikasi: '2026-12-30',
      jawaban: '2027-01-06',
      why: 'Wed 23 Dec; 24 cuti, 25 Natal',
    },
    'instagram-C9xK2LmPq7R': {
      verifikasi: '2026-08-20',
      jawaban: '2026-08-28',
      why: 'Fri 14 Aug; 17 Kemerdekaan',
    },
  };

  it('matches the dates counted by hand for every report', async () => {
    const { outDir } = await setup();
    const { reports } = await runIntake({ baseUrl: BASE, outDir, messages: SAMPLE_MESSAGES, outage: false });
    for (const { key, due } of reports) {
      const want = expected[key];
      expect(want, key).toBeDefined();
      expect(due.find((d) => d.stage === 'verifikasi')?.dueDate, `${key}: ${want?.why}`).toBe(
        want?.verifikasi,
      );
      // UU 25/2009 counts 14 calendar days, holidays included.
      expect(due.find((d) => d.stage === 'jawaban')?.dueDate, key).toBe(want?.jawaban);
      // NTB Care, priority biasa: 2×24 hours, to the minute, in WITA.
      const received = Date.parse(due.find((d) => d.stage === 'respons_awal')?.startedAt ?? '');
      const firstResponse = due.find((d) => d.stage === 'respons_awal')?.dueAt ?? '';
      expect(Date.parse(firstResponse) - received).toBe(48 * 3_600_000);
      expect(firstResponse).toMatch(/\+08:00$/);
    }
  });

  it('moves the deadline only because of cuti bersama where the SKB sets one', async () => {
    const calendar = createHolidayCalendar();
    for (const date of ['2026-02-16', '2026-03-18', '2026-05-15', '2026-05-28', '2026-12-24'])
      expect(calendar.holidayOn(date)?.kind, date).toBe('cuti_bersama');
    // A private employer's calendar (cuti bersama worked): the Friday-before-Imlek SMS is due a day earlier.
    const { outDir } = await setup();
    const { reports } = await runIntake({
      baseUrl: BASE,
      outDir,
      messages: SAMPLE_MESSAGES.slice(1, 2),
      outage: false,
      calendar: createHolidayCalendar({ cutiBersamaIsOff: false }),
    });
    expect(reports[0]?.due.find((d) => d.stage === 'verifikasi')?.dueDate).toBe('2026-02-19');
  });
});

describe('the intake flow against the reference server (--base-url <server>/care/v1)', () => {
  it('stores exactly one report per message through the outage and a replay', async () => {
    const reference = await startReferenceServer({ seed: true });
    try {
      // The shared msw setup refuses unhandled requests; these go to the real socket.
      server.use(http.all(`${reference.url}/*`, () => passthrough()));
      const stored = () =>
        reference.store.transaction(
          async (tx) => (await tx.list<StoredReport>(CARE_COLLECTIONS.reports)).items,
        );
      const seeded = await stored(); // the sample data has reports of its own
      const outDir = await mkdtemp(join(tmpdir(), 'complaint-intake-'));
      dirs.push(outDir);
      // The intake desk keys messages in for their senders: a staff token (CARE_API_TOKEN in
      // npm start), which the server lets keep the time each message was received.
      const options = {
        baseUrl: `${reference.url}/care/v1`,
        outDir,
        messages: SAMPLE_MESSAGES,
        token: reference.tokens?.admin ?? '',
      };

      const result = await runIntake(options);
      expect(result.lostAnswers).toBe(1);
      expect(result.flushes[0]).toMatchObject({ sent: 0, failed: 0, pending: N });
      expect(result.flushes[1]).toMatchObject({ sent: N, failed: 0, pending: 0 });
      expect(result.filesLeft).toBe(0);
      const after = await stored();
      expect(after).toHaveLength(seeded.length + N);
      const seededIds = new Set(seeded.map((s) => s.report.id));
      const added = after.filter((s) => !seededIds.has(s.report.id));
      expect(added.map((s) => s.report.id).sort()).toEqual(result.reports.map((r) => r.report.id).sort());
      expect(added.map((s) => s.report.receivedAt).sort()).toEqual(
        SAMPLE_MESSAGES.map((m) => toNewReport(m, toDraft(m)).receivedAt).sort(),
      );
      for (const secret of SECRETS_IN_TEXT) expect(JSON.stringify(added)).not.toContain(secret);

      const replay = await runIntake(options);
      expect(await stored()).toHaveLength(seeded.length + N);
      expect(replay.reports.map((r) => r.report.id)).toEqual(result.reports.map((r) => r.report.id));
    } finally {
      await reference.close();
    }
  });
});
