import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  createDaftarDataEntry,
  type DaftarDataEntry,
  isReleaseOverdue,
  nextRelease,
  releaseSchedule,
  returnNotes,
  SATU_DATA_ROLES,
  transition,
  WORKFLOW_ACTIONS,
  WorkflowPermissionError,
  WorkflowTransitionError,
} from '../src/index.js';

const at = '2025-03-03T09:00:00+08:00';
const produsen = { role: 'produsen' as const, organizationId: 'dinkes-ntb' };
const walidata = { role: 'walidata' as const, organizationId: 'diskominfotik-ntb' };
const pembina = { role: 'pembina' as const, organizationId: 'bps-ntb' };
const dataset = {
  identifier: 'akb-ntb',
  title: 'Angka Kematian Bayi',
  description: 'AKB per kabupaten/kota.',
  distributions: [{ accessUrl: 'https://data.ntbprov.go.id/akb.csv' }],
};

function entry(prioritas = false): DaftarDataEntry {
  return createDaftarDataEntry({
    id: 'dd-2025-001',
    title: 'Angka Kematian Bayi',
    produsenId: 'dinkes-ntb',
    dataPrioritas: prioritas,
    jadwalRilis: ['2025-03-31', '2025-06-30'],
  });
}

describe('Satu Data workflow', () => {
  it('runs the ordinary path: submit → approve → publish', () => {
    let e = transition(entry(), 'submit', { actor: produsen, at, dataset });
    expect(e.state).toBe('submitted');
    expect(e.dataset?.identifier).toBe('akb-ntb');
    e = transition(e, 'approve', { actor: walidata, at });
    expect(e.state).toBe('approved');
    e = transition(e, 'publish', { actor: walidata, at });
    expect(e.state).toBe('published');
    expect(e.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'planned>submitted',
      'submitted>approved',
      'approved>published',
    ]);
  });

  it('sends Data Prioritas to the pembina after the walidata approves', () => {
    let e = transition(entry(true), 'submit', { actor: produsen, at, dataset });
    e = transition(e, 'approve', { actor: walidata, at });
    expect(e.state).toBe('pembina_review');
    expect(() => transition(e, 'approve', { actor: walidata, at })).toThrow(WorkflowPermissionError);
    e = transition(e, 'return', { actor: pembina, at, notes: 'Definisi belum mengikuti SDS.' });
    expect(e.state).toBe('returned');
    expect(returnNotes(e)).toBe('Definisi belum mengikuti SDS.');
  });

  it('requires notes to return, and a dataset to submit', () => {
    const submitted = transition(entry(), 'submit', { actor: produsen, at, dataset });
    expect(() => transition(submitted, 'return', { actor: walidata, at, notes: '  ' })).toThrow(
      ValidationError,
    );
    expect(() => transition(entry(), 'submit', { actor: produsen, at })).toThrow(ValidationError);
    expect(() => transition(entry(), 'submit', { actor: produsen, at, dataset: { title: 'x' } })).toThrow(
      ValidationError,
    );
  });

  it('refuses impossible transitions and foreign actors with typed, bilingual errors', () => {
    try {
      transition(entry(), 'publish', { actor: walidata, at });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowTransitionError);
      expect((error as WorkflowTransitionError).messages?.id).toContain('Direncanakan'.toLowerCase());
    }
    expect(() =>
      transition(entry(), 'submit', {
        actor: { role: 'produsen', organizationId: 'dinsos-ntb' },
        at,
        dataset,
      }),
    ).toThrow(WorkflowPermissionError);
    expect(() => transition(entry(), 'submit', { actor: walidata, at, dataset })).toThrow(
      WorkflowPermissionError,
    );
  });

  it('lists the allowed actions per role', () => {
    const submitted = transition(entry(), 'submit', { actor: produsen, at, dataset });
    expect(allowedActions(submitted, 'walidata')).toEqual(['approve', 'return']);
    expect(allowedActions(submitted, 'produsen')).toEqual([]);
    expect(allowedActions(entry(), 'produsen')).toEqual(['submit']);
  });

  it('any sequence of actions ends in a valid state or a typed error', () => {
    const step = fc.record({
      action: fc.constantFrom(...WORKFLOW_ACTIONS),
      role: fc.constantFrom(...SATU_DATA_ROLES),
      notes: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.boolean(), (steps, prioritas) => {
        let e = entry(prioritas);
        for (const s of steps) {
          const actor = s.role === 'produsen' ? produsen : s.role === 'walidata' ? walidata : pembina;
          try {
            const next = transition(e, s.action, {
              actor,
              at,
              dataset,
              ...(s.notes === undefined ? {} : { notes: s.notes }),
            });
            expect(next.history).toHaveLength(e.history.length + 1);
            if (next.state === 'published') expect(e.state).toBe('approved');
            e = next;
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('jadwal rilis', () => {
  it('steps quarterly from a month end, clamping to shorter months', () => {
    expect(releaseSchedule('triwulanan', '2025-03-31', '2025-12-31')).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
    ]);
    expect(releaseSchedule('bulanan', '2024-01-31', '2024-03-31')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    expect(releaseSchedule('mingguan', '2025-01-01', '2025-01-20')).toEqual([
      '2025-01-01',
      '2025-01-08',
      '2025-01-15',
    ]);
    expect(releaseSchedule('tidak_tetap', '2025-01-01', '2026-01-01')).toEqual(['2025-01-01']);
  });

  it('finds the next release and flags an overdue one (publication dates read in WITA)', () => {
    const e = entry();
    expect(nextRelease(e, '2025-04-01')).toBe('2025-06-30');
    expect(isReleaseOverdue(e, '2025-03-31')).toBe(false);
    expect(isReleaseOverdue(e, '2025-04-01')).toBe(true);
    let p = transition(e, 'submit', { actor: produsen, at, dataset });
    p = transition(p, 'approve', { actor: walidata, at });
    // 2025-03-30T16:30Z is 00:30 on 31 March in WITA: published on the release day.
    p = transition(p, 'publish', { actor: walidata, at: '2025-03-30T16:30:00Z' });
    expect(isReleaseOverdue(p, '2025-04-01')).toBe(false);
    expect(isReleaseOverdue(p, '2025-07-01')).toBe(true);
  });
});
