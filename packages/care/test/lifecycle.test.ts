import fc from 'fast-check';
import { isOpenGovError as isOpenGovErrorLike } from '@opengov-id/core';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  allowedActions,
  fromFmsStatus,
  IllegalTransitionError,
  isTerminal,
  LAPOR_ADMIN_ACTIONS,
  nextStatus,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  Report,
  type ReportAction,
  type ReportActionType,
  type ReportStatusCode,
  STATUS_MAPPINGS,
  TransitionForbiddenError,
  transition,
} from '../src/index.js';
import { admin, otherOpd, PUPR, pupr, reporter, sampleReport, system } from './helpers.js';

// The oracle: the SP4N-LAPOR! flow (care.md §2.2, LAPOR! v3 admin manual A1–A4) written out by hand.
const LEGAL: Record<ReportStatusCode, Partial<Record<ReportActionType, ReportStatusCode>>> = {
  belum_terverifikasi: {
    verifikasi: 'diteruskan',
    tunda: 'ditunda',
    bukan_wewenang: 'bukan_wewenang',
    arsipkan: 'diarsipkan',
    tolak: 'ditolak',
  },
  ditunda: {
    verifikasi: 'diteruskan',
    bukan_wewenang: 'bukan_wewenang',
    arsipkan: 'diarsipkan',
    tolak: 'ditolak',
  },
  diteruskan: {
    tindak_lanjuti: 'ditindaklanjuti',
    jawab: 'menunggu_tanggapan',
    alihkan: 'diteruskan',
    kembalikan: 'belum_terverifikasi',
  },
  ditindaklanjuti: { tindak_lanjuti: 'ditindaklanjuti', jawab: 'menunggu_tanggapan', alihkan: 'diteruskan' },
  menunggu_tanggapan: { tanggapi: 'selesai', tutup_otomatis: 'selesai' },
  selesai: {},
  bukan_wewenang: {},
  diarsipkan: {},
  ditolak: {},
};

const ACTOR_FOR: Record<ReportActionType, Actor> = {
  verifikasi: admin,
  tunda: admin,
  bukan_wewenang: admin,
  arsipkan: admin,
  tolak: admin,
  alihkan: admin,
  kembalikan: pupr,
  tindak_lanjuti: pupr,
  jawab: pupr,
  tanggapi: reporter,
  tutup_otomatis: system,
};

function payload(type: ReportActionType, satisfied = true): ReportAction {
  switch (type) {
    case 'verifikasi':
    case 'alihkan':
      return { type, assignTo: PUPR };
    case 'arsipkan':
      return { type, reason: { code: 'masukan_terlalu_umum' } };
    case 'tolak':
      return { type, reason: { code: 'hoaks', note: 'Foto lama.' } };
    case 'tindak_lanjuti':
      return { type, followUp: { text: 'Tim turun ke lokasi.' } };
    case 'jawab':
      return { type, response: { text: 'Lampu diganti hari Kamis.' } };
    case 'tanggapi':
      return { type, feedback: { satisfied } };
    default:
      return { type } as ReportAction;
  }
}

const inState = (status: ReportStatusCode) =>
  Report.parse({
    ...sampleReport(),
    status,
    assignments: [{ ...PUPR, assignedAt: '2026-03-02T09:00:00+08:00', assignedBy: 'admin-ntb' }],
  });

const AT = '2026-03-03T10:00:00+08:00';

describe('transition: every state × every action', () => {
  for (const status of REPORT_STATUSES) {
    for (const action of REPORT_ACTIONS) {
      const expected = LEGAL[status][action];
      if (expected) {
        it(`${status} --${action}--> ${expected}`, () => {
          const before = inState(status);
          const after = transition(before, payload(action), ACTOR_FOR[action], { at: AT });
          expect(after.status).toBe(expected);
          expect(after.history.at(-1)).toMatchObject({ action, from: status, to: expected, at: AT });
          expect(before.status).toBe(status); // input untouched
          expect(Report.safeParse(after).success).toBe(true);
          expect(nextStatus(status, action)).toBe(expected);
        });
      } else {
        it(`${status} refuses ${action}, naming the allowed moves`, () => {
          let caught: unknown;
          try {
            transition(inState(status), payload(action), ACTOR_FOR[action], { at: AT });
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(IllegalTransitionError);
          const error = caught as IllegalTransitionError;
          expect(error.code).toBe('illegal_transition');
          expect([...error.allowed].sort()).toEqual(Object.keys(LEGAL[status]).sort());
          for (const allowed of error.allowed) expect(error.messages?.en).toContain(allowed);
          expect(nextStatus(status, action)).toBeUndefined();
        });
      }
    }
  }

  it('names terminal states and allows nothing from them', () => {
    expect(REPORT_STATUSES.filter(isTerminal)).toEqual([
      'bukan_wewenang',
      'selesai',
      'diarsipkan',
      'ditolak',
    ]);
    expect(new IllegalTransitionError('selesai', 'jawab', []).messages?.id).toContain('status akhir');
  });

  it('sends an unsatisfied reporter back to follow-up', () => {
    const after = transition(inState('menunggu_tanggapan'), payload('tanggapi', false), reporter, { at: AT });
    expect(after.status).toBe('ditindaklanjuti');
    expect(after.feedback).toEqual({ satisfied: false, at: AT });
  });
});

describe('who may act', () => {
  it('refuses the wrong role with the roles allowed', () => {
    expect(() => transition(inState('belum_terverifikasi'), payload('verifikasi'), reporter)).toThrow(
      TransitionForbiddenError,
    );
    try {
      transition(inState('menunggu_tanggapan'), payload('tutup_otomatis'), admin);
    } catch (error) {
      expect((error as TransitionForbiddenError).roles).toEqual(['sistem']);
    }
  });

  it('lets only the assigned OPD answer', () => {
    expect(() => transition(inState('diteruskan'), payload('jawab'), otherOpd)).toThrow(/assigned to/);
    const answered = transition(inState('diteruskan'), payload('jawab'), pupr, {
      at: AT,
      newId: () => 'r-1',
    });
    expect(answered.responses).toEqual([
      {
        id: 'r-1',
        at: AT,
        by: 'penghubung-pupr',
        organizationId: 'dinas-pupr-ksb',
        text: 'Lampu diganti hari Kamis.',
        public: true,
      },
    ]);
  });

  it('needs a reason to archive or reject', () => {
    expect(() =>
      transition(inState('belum_terverifikasi'), { type: 'tolak' } as unknown as ReportAction, admin),
    ).toThrow(/reason/);
  });

  it('keeps a whistleblowing report anonim and rahasia even if verification says otherwise', () => {
    const wbs = Report.parse({
      ...sampleReport(),
      type: 'dugaan_pelanggaran',
      anonim: false,
      rahasia: false,
    });
    expect(wbs).toMatchObject({ anonim: true, rahasia: true });
    const cheat = { ...wbs, anonim: false, rahasia: false };
    const after = transition(
      cheat,
      { type: 'verifikasi', assignTo: { ...PUPR, kind: 'inspektorat' } },
      admin,
    );
    expect(after).toMatchObject({ anonim: true, rahasia: true });
    const imposed = transition(
      inState('belum_terverifikasi'),
      { ...payload('verifikasi'), anonim: true } as ReportAction,
      admin,
    );
    expect(imposed).toMatchObject({ anonim: true, rahasia: false });
  });
});

describe('mappings', () => {
  it('maps every state to Open311, FixMyStreet and NTB Care (care.md §2.2)', () => {
    const closed = REPORT_STATUSES.filter((s) => STATUS_MAPPINGS[s].open311 === 'closed');
    expect(closed).toEqual(['bukan_wewenang', 'selesai', 'diarsipkan', 'ditolak']);
    expect(closed).toEqual(REPORT_STATUSES.filter(isTerminal));
    expect(STATUS_MAPPINGS.bukan_wewenang.fixMyStreet).toBe('not_councils_responsibility');
    expect(STATUS_MAPPINGS.belum_terverifikasi.fixMyStreet).toBe('for_triage');
    const labels = new Set(REPORT_STATUSES.map((s) => STATUS_MAPPINGS[s].ntbCare));
    expect(labels).toEqual(new Set([null, 'disetujui', 'diproses', 'ditolak', 'selesai']));
  });

  it('names the LAPOR! admin action of each admin move (A1–A4)', () => {
    expect(LAPOR_ADMIN_ACTIONS.verifikasi?.code).toBe('A1');
    expect(LAPOR_ADMIN_ACTIONS.tunda?.code).toBe('A2');
    expect(LAPOR_ADMIN_ACTIONS.bukan_wewenang?.code).toBe('A3');
    expect(LAPOR_ADMIN_ACTIONS.arsipkan?.code).toBe('A4');
    for (const [action, mapped] of Object.entries(LAPOR_ADMIN_ACTIONS)) {
      const to = REPORT_STATUSES.flatMap((s) =>
        LEGAL[s][action as ReportActionType] ? [LEGAL[s][action as ReportActionType]] : [],
      );
      for (const status of to)
        if (status && action !== 'alihkan')
          expect(STATUS_MAPPINGS[status].laporAdminAction).toBe(mapped.code);
    }
  });

  it('reads FixMyStreet statuses in any case, and maps each state back to itself', () => {
    expect(fromFmsStatus('FIXED')).toBe('selesai');
    expect(fromFmsStatus('In Progress')).toBe('ditindaklanjuti');
    expect(fromFmsStatus('unchanged')).toBeUndefined();
    for (const status of REPORT_STATUSES) {
      const back = fromFmsStatus(STATUS_MAPPINGS[status].fixMyStreet);
      // Two states share FMS `for_triage`; the others come back as themselves.
      expect(back).toBe(
        status === 'ditunda'
          ? 'belum_terverifikasi'
          : status === 'menunggu_tanggapan'
            ? 'ditindaklanjuti'
            : status,
      );
    }
  });
});

describe('property: random action sequences', () => {
  const anyActor = fc.constantFrom<Actor>(admin, pupr, otherOpd, reporter, system);
  const step = fc.record({
    type: fc.constantFrom(...REPORT_ACTIONS),
    actor: anyActor,
    satisfied: fc.boolean(),
    wbs: fc.boolean(),
  });

  it('leaves the report in a valid state with a consistent history', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 30 }), (whistle, steps) => {
        let report = sampleReport(whistle ? { type: 'dugaan_pelanggaran' } : {});
        let applied = 0;
        for (const s of steps) {
          try {
            report = transition(report, payload(s.type, s.satisfied), s.actor, { at: AT });
            applied++;
          } catch (error) {
            if (!(error instanceof IllegalTransitionError || error instanceof TransitionForbiddenError))
              throw error;
            expect(isOpenGovErrorLike(error)).toBe(true);
          }
          expect(REPORT_STATUSES).toContain(report.status);
          expect(Report.safeParse(report).success).toBe(true);
          if (whistle) expect(report.anonim && report.rahasia).toBe(true);
        }
        expect(report.history).toHaveLength(applied);
        let previous = 'belum_terverifikasi';
        for (const entry of report.history) {
          expect(entry.from).toBe(previous);
          previous = entry.to;
        }
        expect(previous).toBe(report.status);
        if (isTerminal(report.status)) expect(allowedActions(report.status)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});
