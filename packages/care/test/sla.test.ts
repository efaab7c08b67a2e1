import { CalendarYearNotDecreedError, createHolidayCalendar } from '@opengov-id/core';
import { describe, expect, it } from 'vitest';
import {
  breaches,
  DEFAULT_SLA_RULE_SETS,
  dueDates,
  LAPOR_RULES,
  NTB_CARE_PRIORITY_RULES,
  type Report,
  type SlaRuleSet,
  transition,
  UU_25_2009_RULES,
} from '../src/index.js';
import { admin, PUPR, pupr, reporter, sampleReport } from './helpers.js';

const only = (ruleSets: readonly SlaRuleSet[]) => ({ ruleSets });
const stage = (report: Report, name: string, ruleSets = DEFAULT_SLA_RULE_SETS) =>
  dueDates(report, only(ruleSets)).find((d) => d.stage === name);

describe('rule sets as data', () => {
  it('carries the LAPOR!, UU 25/2009 and NTB Care numbers with their sources', () => {
    expect(LAPOR_RULES.rules.map((r) => [r.stage, r.amount, r.unit])).toEqual([
      ['verifikasi', 3, 'hari_kerja'],
      ['tindak_lanjut', 5, 'hari'],
      ['tanggapan_pelapor', 10, 'hari'],
    ]);
    expect(UU_25_2009_RULES.rules.map((r) => [r.stage, r.amount, r.unit])).toEqual([
      ['jawaban', 14, 'hari'],
      ['keputusan', 60, 'hari'],
    ]);
    expect(NTB_CARE_PRIORITY_RULES.rules.map((r) => [r.priority, r.amount, r.unit])).toEqual([
      ['mendesak', 1, 'jam'],
      ['penting', 24, 'jam'],
      ['biasa', 48, 'jam'],
    ]);
    for (const set of DEFAULT_SLA_RULE_SETS)
      for (const rule of set.rules) expect(rule.source.length).toBeGreaterThan(10);
  });
});

describe('working days over the real 2026 holidays (SKB 2026)', () => {
  it('skips Nyepi and the Idulfitri cuti bersama in March', () => {
    // Tue 17 March; 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21–22 Idulfitri (weekend), 23–24 cuti bersama.
    const report = sampleReport({ receivedAt: '2026-03-17T10:00:00+08:00' });
    const verify = stage(report, 'verifikasi', [LAPOR_RULES]);
    expect(verify).toMatchObject({
      dueDate: '2026-03-27',
      dueAt: '2026-03-27T23:59:59.999+08:00',
      startedAt: '2026-03-17T10:00:00+08:00',
      state: 'running',
    });
    // Calendar days (UU 25/2009) ignore holidays: 17 March + 14 days.
    expect(stage(report, 'jawaban', [UU_25_2009_RULES])?.dueDate).toBe('2026-03-31');
  });

  it('skips Christmas and its cuti bersama in December', () => {
    // Wed 23 Dec; 24 cuti Natal, 25 Natal, 26–27 weekend.
    expect(stage(sampleReport({ receivedAt: '2026-12-23T09:00:00+08:00' }), 'verifikasi')?.dueDate).toBe(
      '2026-12-30',
    );
  });

  it('counts the date in WITA, not in the sender’s zone', () => {
    // 23:30 WIB on Monday 16 March is 00:30 WITA on Tuesday 17 March.
    const report = sampleReport({ receivedAt: '2026-03-16T23:30:00+07:00' });
    expect(stage(report, 'verifikasi', [LAPOR_RULES])?.dueDate).toBe('2026-03-27');
    const fromMonday = sampleReport({ receivedAt: '2026-03-16T22:30:00+08:00' });
    // From Monday 16 March: Tue 17 is the first working day, then 25 and 26.
    expect(stage(fromMonday, 'verifikasi', [LAPOR_RULES])?.dueDate).toBe('2026-03-26');
  });
});

describe('a year with no decree', () => {
  const late = sampleReport({ receivedAt: '2026-12-29T09:00:00+08:00' });

  it('refuses to guess: CalendarYearNotDecreedError names 2027', () => {
    expect(() => dueDates(late, only([LAPOR_RULES]))).toThrow(CalendarYearNotDecreedError);
    try {
      dueDates(late, only([LAPOR_RULES]));
    } catch (error) {
      expect(String((error as Error).message)).toContain('2027');
    }
    // Calendar-day rules need no decree.
    expect(stage(late, 'jawaban', [UU_25_2009_RULES])?.dueDate).toBe('2027-01-12');
  });

  it('counts weekdays with weekendFallback, or the holidays of a year added at run time', () => {
    const fallback = createHolidayCalendar({ weekendFallback: true });
    const due = dueDates(late, { ruleSets: [LAPOR_RULES], calendar: fallback }).find(
      (d) => d.stage === 'verifikasi',
    );
    expect(due?.dueDate).toBe('2027-01-01'); // 30, 31 Dec, Fri 1 Jan (no decree: a plain weekday)
    const with2027 = createHolidayCalendar({
      years: [
        {
          year: 2027,
          decrees: ['SKB 2027 (test)'],
          entries: [
            {
              date: '2027-01-01',
              name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day 2027" },
              kind: 'libur_nasional',
              decree: 'SKB 2027 (test)',
            },
          ],
        },
      ],
    });
    const due2 = dueDates(late, { ruleSets: [LAPOR_RULES], calendar: with2027 }).find(
      (d) => d.stage === 'verifikasi',
    );
    expect(due2?.dueDate).toBe('2027-01-04');
  });
});

describe('clocks start and stop on the history', () => {
  const received = sampleReport({ receivedAt: '2026-03-02T08:15:00+08:00', priority: 'mendesak' });

  it('leaves later stages pending until they begin', () => {
    const due = dueDates(received);
    expect(due.filter((d) => d.state === 'pending').map((d) => d.stage)).toEqual([
      'tindak_lanjut',
      'tanggapan_pelapor',
      'keputusan',
    ]);
    // Only the rule of the report's own priority applies.
    expect(due.filter((d) => d.stage === 'respons_awal')).toHaveLength(1);
  });

  it('times an urgent report to the hour', () => {
    const late = transition(received, { type: 'verifikasi', assignTo: PUPR }, admin, {
      at: '2026-03-02T09:20:00+08:00',
    });
    const first = stage(late, 'respons_awal');
    expect(first).toMatchObject({
      dueAt: '2026-03-02T09:15:00+08:00',
      completedAt: '2026-03-02T09:20:00+08:00',
      state: 'late',
    });
    const missed = breaches(late, '2026-03-02T09:30:00+08:00');
    expect(missed.map((b) => [b.stage, b.overdueMs])).toEqual([['respons_awal', 5 * 60_000]]);
    const inTime = transition(received, { type: 'verifikasi', assignTo: PUPR }, admin, {
      at: '2026-03-02T09:15:00+08:00',
    });
    expect(stage(inTime, 'respons_awal')?.state).toBe('met');
  });

  it('auto-closes after 10 days without the reporter’s feedback', () => {
    let report = transition(received, { type: 'verifikasi', assignTo: PUPR }, admin, {
      at: '2026-03-02T09:00:00+08:00',
    });
    report = transition(report, { type: 'jawab', response: { text: 'Sudah diperbaiki.' } }, pupr, {
      at: '2026-03-05T10:00:00+08:00',
    });
    expect(stage(report, 'tindak_lanjut')).toMatchObject({ dueDate: '2026-03-07', state: 'met' });
    expect(stage(report, 'tanggapan_pelapor')).toMatchObject({ dueDate: '2026-03-15', state: 'running' });
    expect(breaches(report, '2026-03-15T23:59:59+08:00').filter((b) => b.onBreach === 'auto_close')).toEqual(
      [],
    );
    const due = breaches(report, '2026-03-16T00:00:00+08:00').filter((b) => b.onBreach === 'auto_close');
    expect(due.map((b) => b.stage)).toEqual(['tanggapan_pelapor']);
    // The reporter answered in time: that clock stops and is met.
    const answered = transition(report, { type: 'tanggapi', feedback: { satisfied: true } }, reporter, {
      at: '2026-03-10T07:00:00+08:00',
    });
    expect(stage(answered, 'tanggapan_pelapor')?.state).toBe('met');
    expect(stage(answered, 'keputusan')).toMatchObject({
      completedAt: '2026-03-10T07:00:00+08:00',
      state: 'met',
    });
    expect(breaches(answered, '2026-06-01T00:00:00+08:00')).toEqual([]);
  });

  it('rejects a malformed now or rule', () => {
    expect(() => breaches(received, 'kemarin')).toThrow(/now/);
    const bad: SlaRuleSet = {
      ...LAPOR_RULES,
      rules: [{ stage: 'verifikasi', amount: 1.5, unit: 'hari', source: 'x' }],
    };
    expect(() => dueDates(received, only([bad]))).toThrow(/rule\.amount/);
  });
});
