import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenGovError, ValidationError } from '@opengov-id/core';
import {
  ASPIRATION_TRANSITIONS,
  type AspirationAction,
  Aspiration,
  type AspirationStatus,
  cancelSession,
  type ChangedBy,
  computeFigures,
  confirmSession,
  createSession,
  eventToSession,
  ForumSession,
  InvalidAspirationTransitionError,
  InvalidSessionTransitionError,
  isAspirationConflict,
  isSessionConflict,
  ksbYasinanSeries,
  markSessionHeld,
  mayActOnAspiration,
  mayManageSession,
  type NewSession,
  postponeSession,
  rerouteAspiration,
  rescheduleSession,
  reviewAspiration,
  SESSION_TRANSITIONS,
  type SessionAction,
  SessionNotStartedError,
  sessionToEvent,
  type SessionStatus,
} from '../src/index.js';

const SERIES = ksbYasinanSeries();
const SETELUK: ChangedBy = { role: 'officer', organizationId: 'ksb-kec-seteluk' };
const ADMIN: ChangedBy = { role: 'admin' };
// Tuesday 20 January 2026, 09:00 WITA.
const AT = '2026-01-20T09:00:00+08:00';

const newSession = (overrides: Partial<NewSession> = {}): NewSession => ({
  id: 'yasinan-seteluk-2026-02-05',
  seriesId: 'ksb-yasinan',
  level: 'kecamatan',
  areaCode: '52.07.03',
  venue: { name: 'Aula Kantor Camat Seteluk', areaCode: '52.07.03' },
  // Thursday 5 February 2026 (malam Jumat).
  date: '2026-02-05',
  startTime: '19:00',
  endTime: '22:00',
  ...overrides,
});

const fieldOf = (work: () => unknown): { field: string | undefined; code: string } => {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.issues[0]?.field, code: error.code };
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const aspiration = (overrides: Partial<Aspiration> = {}): Aspiration =>
  Aspiration.parse({
    id: 'asp-1',
    seriesId: 'ksb-yasinan',
    sessionId: 'yasinan-2026-01-08',
    channel: 'forum',
    raisedAt: '2026-01-08T19:40:00+08:00',
    raisedBy: { kind: 'warga', name: 'Ibu Siti', areaCode: '52.07.02.2001' },
    kind: 'aduan',
    text: 'Jalan dusun rusak.',
    sector: 'pekerjaan_umum_penataan_ruang',
    areaCode: '52.07.02.2001',
    assignedOrganizationIds: ['ksb-kec-taliwang', 'ksb-dpmd'],
    status: 'diterima',
    ...overrides,
  });

describe('createSession', () => {
  it("schedules a kecamatan session in WITA for the officer's own office, starting its history", () => {
    const session = createSession(newSession(), { series: SERIES, by: SETELUK, at: AT });
    expect(session).toMatchObject({
      seriesId: 'ksb-yasinan',
      organizerId: 'ksb-kec-seteluk',
      startsAt: '2026-02-05T19:00:00+08:00',
      endsAt: '2026-02-05T22:00:00+08:00',
      status: 'confirmed',
      history: [{ at: AT, action: 'created', by: SETELUK }],
    });
    expect(ForumSession.parse(session)).toEqual(session);
  });

  it("reads the times in the series' zone, and in WITA for a one-off session", () => {
    const wib = ksbYasinanSeries({ timeZone: 'WIB' });
    expect(createSession(newSession(), { series: wib, by: ADMIN, at: AT }).startsAt).toBe(
      '2026-02-05T19:00:00+07:00',
    );
    const { seriesId: _none, ...oneOff } = newSession({ organizerId: 'ksb-dinkes', level: 'kabupaten' });
    const session = createSession({ ...oneOff, areaCode: '52.07' }, { by: ADMIN, at: AT });
    expect(session.seriesId).toBeUndefined();
    expect(session.startsAt).toBe('2026-02-05T19:00:00+08:00');
    // The admin's organizer defaults to the series' one (the Pemkab).
    expect(createSession(newSession(), { series: SERIES, by: ADMIN, at: AT }).organizerId).toBe('pemkab-ksb');
  });

  it('refuses what the series or the caller does not allow, naming the field', () => {
    const by = { series: SERIES, by: SETELUK, at: AT };
    expect(fieldOf(() => createSession(newSession({ organizerId: 'ksb-pupr' }), by))).toEqual({
      field: 'organizerId',
      code: 'not_your_organization',
    });
    expect(fieldOf(() => createSession(newSession(), { by: SETELUK, at: AT })).code).toBe('unknown_series');
    expect(
      fieldOf(() =>
        createSession(newSession(), { ...by, series: ksbYasinanSeries({ levels: ['kabupaten'] }) }),
      ),
    ).toEqual({ field: 'level', code: 'unknown_level' });
    expect(fieldOf(() => createSession(newSession({ level: 'zona', zoneId: 'V' }), by)).code).toBe(
      'unknown_zone',
    );
    // 52.04 is Kabupaten Sumbawa, next door.
    expect(fieldOf(() => createSession(newSession({ areaCode: '52.04.01' }), by)).code).toBe(
      'area_outside_regency',
    );
    expect(fieldOf(() => createSession(newSession({ endTime: '19:00' }), by))).toEqual({
      field: 'endTime',
      code: 'invalid_end_time',
    });
    const { seriesId: _none, ...oneOff } = newSession({ level: 'kabupaten', areaCode: '52.07' });
    expect(fieldOf(() => createSession(oneOff, { by: ADMIN, at: AT })).code).toBe('organizer_required');
    // Strict bodies: an instant given instead of date and times is refused, not dropped.
    const withInstant = { ...newSession(), startsAt: '2026-02-05T19:00:00+08:00' } as NewSession;
    expect(fieldOf(() => createSession(withInstant, by)).code).toBe('validation_error');
    // Who changed it is a role and an office: a person's name is refused, never stored.
    expect(() =>
      createSession(newSession(), { ...by, by: { ...SETELUK, name: 'Pak Camat' } as ChangedBy }),
    ).toThrow(ValidationError);
  });
});

describe('Popolo export of an administered session', () => {
  it('names the organizing office and keeps the history through a round trip', () => {
    const session = cancelSession(
      createSession(newSession(), { series: SERIES, by: SETELUK, at: AT }),
      { reason: 'Banjir.' },
      { by: SETELUK, at: '2026-02-01T10:00:00+08:00' },
    );
    const event = sessionToEvent(session);
    expect(event.organizationId).toBe('ksb-kec-seteluk');
    expect(eventToSession(event)).toEqual(session);
  });
});

describe('rescheduleSession and cancelSession', () => {
  const scheduled = createSession(newSession(), { series: SERIES, by: SETELUK, at: AT });
  const later = '2026-02-01T10:00:00+08:00';

  it('moves a session and keeps the old date, time and place with the reason', () => {
    const moved = rescheduleSession(
      scheduled,
      {
        date: '2026-02-12',
        startTime: '19:30',
        endTime: '22:00',
        venue: { name: 'Masjid Desa Seteluk Tengah' },
        reason: 'Aula dipakai untuk vaksinasi.',
      },
      { by: SETELUK, at: later },
    );
    expect(moved).toMatchObject({
      startsAt: '2026-02-12T19:30:00+08:00',
      endsAt: '2026-02-12T22:00:00+08:00',
      venue: { name: 'Masjid Desa Seteluk Tengah' },
      status: 'confirmed',
    });
    expect(moved.history?.[1]).toEqual({
      at: later,
      action: 'rescheduled',
      by: SETELUK,
      reason: 'Aula dipakai untuk vaksinasi.',
      previous: {
        startsAt: '2026-02-05T19:00:00+08:00',
        endsAt: '2026-02-05T22:00:00+08:00',
        venue: { name: 'Aula Kantor Camat Seteluk', areaCode: '52.07.03' },
      },
    });
    // A postponed session gets its date back and is confirmed; a draft stays a draft.
    const change = { date: '2026-02-12', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru.' };
    expect(
      rescheduleSession({ ...scheduled, status: 'postponed' }, change, { by: ADMIN, at: later }).status,
    ).toBe('confirmed');
    expect(
      rescheduleSession({ ...scheduled, status: 'tentative' }, change, { by: ADMIN, at: later }).status,
    ).toBe('tentative');
  });

  it('answers a held or cancelled session with a conflict, in both languages', () => {
    const change = { date: '2026-02-12', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru.' };
    const held = { ...scheduled, status: 'held' as const };
    let caught: unknown;
    try {
      rescheduleSession(held, change, { by: ADMIN, at: later });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidSessionTransitionError);
    expect(isSessionConflict(caught)).toBe(true);
    expect((caught as InvalidSessionTransitionError).messages).toEqual({
      id: 'Sesi ini sudah terlaksana, sehingga tidak dapat dijadwalkan ulang.',
      en: 'This session already took place, so it cannot be rescheduled.',
    });
    expect(() => cancelSession(held, { reason: 'Hujan' }, { by: ADMIN, at: later })).toThrow(
      InvalidSessionTransitionError,
    );
    const off = cancelSession(scheduled, { reason: 'Banjir di Seteluk.' }, { by: SETELUK, at: later });
    expect(off.status).toBe('cancelled');
    expect(off.history?.at(-1)).toEqual({
      at: later,
      action: 'cancelled',
      by: SETELUK,
      reason: 'Banjir di Seteluk.',
    });
    expect(() => cancelSession(off, { reason: 'Lagi' }, { by: ADMIN, at: later })).toThrow(
      InvalidSessionTransitionError,
    );
    expect(() => rescheduleSession(off, change, { by: ADMIN, at: later })).toThrow(
      InvalidSessionTransitionError,
    );
  });

  it('refuses a start that has passed, a change dated before the last one, and an empty reason', () => {
    const past = { date: '2026-01-15', startTime: '19:00', endTime: '22:00', reason: 'Salah ketik.' };
    expect(fieldOf(() => rescheduleSession(scheduled, past, { by: ADMIN, at: later }))).toEqual({
      field: 'date',
      code: 'start_in_past',
    });
    let caught: unknown;
    try {
      cancelSession(scheduled, { reason: 'Banjir' }, { by: ADMIN, at: '2026-01-19T09:00:00+08:00' });
    } catch (error) {
      caught = error;
    }
    expect(isSessionConflict(caught)).toBe(true);
    expect((caught as ValidationError).code).toBe('history_order');
    expect(fieldOf(() => cancelSession(scheduled, { reason: '  ' }, { by: ADMIN, at: later })).field).toBe(
      'reason',
    );
  });

  it('redacts a NIK, phone number or e-mail written into a public reason', () => {
    const nik = '5207024507050001';
    const off = cancelSession(
      scheduled,
      { reason: `Diminta warga NIK ${nik}, HP 0812-3456-7890, surel warga@example.com.` },
      { by: SETELUK, at: later },
    );
    const moved = rerouteAspiration(
      aspiration(),
      { toOrganizationId: 'ksb-pupr', reason: `Pelapor ${nik} minta dialihkan.` },
      { by: { role: 'officer', organizationId: 'ksb-kec-taliwang' }, at: later },
    );
    const text = JSON.stringify([off.history, moved.history]);
    for (const secret of [nik, '3456', 'warga@example.com']) expect(text).not.toContain(secret);
    expect(off.history?.at(-1)?.reason).toMatch(/^Diminta warga NIK \[NIK\/KK\]/);
  });

  it('lets an admin, or an officer of the organizing office, manage a session', () => {
    expect(mayManageSession(ADMIN, scheduled)).toBe(true);
    expect(mayManageSession(SETELUK, scheduled)).toBe(true);
    expect(mayManageSession({ role: 'officer', organizationId: 'ksb-pupr' }, scheduled)).toBe(false);
    expect(mayManageSession({ role: 'officer' }, { organizerId: undefined })).toBe(false);
    expect(mayManageSession({ role: 'reporter', organizationId: 'ksb-kec-seteluk' }, scheduled)).toBe(false);
  });
});

describe('confirmSession, postponeSession and markSessionHeld', () => {
  const draft = createSession(newSession({ status: 'tentative' }), { series: SERIES, by: SETELUK, at: AT });
  const confirmedAt = '2026-01-22T09:00:00+08:00';
  // The session starts Thursday 5 February 2026, 19:00 WITA = 11:00 UTC.
  const started = '2026-02-05T11:00:00Z';

  it('confirms a draft, postpones it with a reason, reschedules it back and records it held', () => {
    const confirmed = confirmSession(
      draft,
      { note: 'Undangan sudah diedarkan.' },
      { by: SETELUK, at: confirmedAt },
    );
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.history?.at(-1)).toEqual({
      at: confirmedAt,
      action: 'confirmed',
      by: SETELUK,
      reason: 'Undangan sudah diedarkan.',
    });
    const postponed = postponeSession(
      confirmed,
      { reason: 'Bupati dipanggil ke Mataram.' },
      { by: ADMIN, at: '2026-02-01T08:00:00+08:00' },
    );
    expect(postponed.status).toBe('postponed');
    expect(postponed.history?.at(-1)).toEqual({
      at: '2026-02-01T08:00:00+08:00',
      action: 'postponed',
      by: ADMIN,
      reason: 'Bupati dipanggil ke Mataram.',
    });
    // Back to confirmed only with a new date.
    expect(() => confirmSession(postponed, {}, { by: ADMIN, at: '2026-02-02T08:00:00+08:00' })).toThrow(
      InvalidSessionTransitionError,
    );
    const moved = rescheduleSession(
      postponed,
      { date: '2026-02-12', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru.' },
      { by: SETELUK, at: '2026-02-02T08:00:00+08:00' },
    );
    expect(moved.status).toBe('confirmed');
    // 12 February 2026, 19:00 WITA = 11:00 UTC: a minute before is refused, the start itself is not.
    let caught: unknown;
    try {
      markSessionHeld(moved, {}, { by: SETELUK, at: '2026-02-12T10:59:00Z' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SessionNotStartedError);
    expect(isSessionConflict(caught)).toBe(true);
    expect((caught as SessionNotStartedError).messages).toEqual({
      id: 'Sesi ini baru dimulai 2026-02-12 19:00 WITA, sehingga belum dapat ditandai terlaksana.',
      en: 'This session starts at 2026-02-12 19:00 WITA, so it cannot be marked as held yet.',
    });
    const held = markSessionHeld(
      moved,
      { note: 'Dihadiri 180 warga.' },
      { by: SETELUK, at: '2026-02-12T11:00:00Z' },
    );
    expect(held.status).toBe('held');
    expect(held.history?.map((h) => h.action)).toEqual([
      'created',
      'confirmed',
      'postponed',
      'rescheduled',
      'held',
    ]);
    expect(ForumSession.parse(held)).toEqual(held);
  });

  it("names the start in the session's zone when refusing, WIT for a series in Papua", () => {
    const confirmed = confirmSession(draft, {}, { by: ADMIN, at: confirmedAt });
    let caught: unknown;
    try {
      markSessionHeld(confirmed, {}, { by: ADMIN, at: '2026-02-05T10:00:00Z', timeZone: 'Asia/Jayapura' });
    } catch (error) {
      caught = error;
    }
    expect((caught as SessionNotStartedError).startsAt).toBe('2026-02-05T20:00:00+09:00');
    expect((caught as SessionNotStartedError).messages?.en).toContain('2026-02-05 20:00 WIT,');
  });

  it('refuses every change the status does not allow, and a postponement without a reason', () => {
    const confirmed = confirmSession(draft, {}, { by: ADMIN, at: confirmedAt });
    const at = started;
    const held = markSessionHeld(confirmed, {}, { by: ADMIN, at });
    const cancelled = cancelSession(confirmed, { reason: 'Banjir.' }, { by: ADMIN, at });
    const refusals: Array<[string, () => unknown]> = [
      ['confirm a confirmed session', () => confirmSession(confirmed, {}, { by: ADMIN, at })],
      ['postpone a draft', () => postponeSession(draft, { reason: 'Hujan.' }, { by: ADMIN, at })],
      ['mark a draft held', () => markSessionHeld(draft, {}, { by: ADMIN, at })],
      ['postpone a held session', () => postponeSession(held, { reason: 'Hujan.' }, { by: ADMIN, at })],
      ['mark a held session held again', () => markSessionHeld(held, {}, { by: ADMIN, at })],
      ['confirm a cancelled session', () => confirmSession(cancelled, {}, { by: ADMIN, at })],
      ['mark a cancelled session held', () => markSessionHeld(cancelled, {}, { by: ADMIN, at })],
    ];
    for (const [what, work] of refusals) expect(work, what).toThrow(InvalidSessionTransitionError);
    expect(() => markSessionHeld(held, {}, { by: ADMIN, at })).toThrow(
      'This session already took place, so it cannot be marked as held.',
    );
    expect(fieldOf(() => postponeSession(confirmed, { reason: ' ' }, { by: ADMIN, at })).field).toBe(
      'reason',
    );
    expect(
      fieldOf(() =>
        postponeSession(confirmed, { reason: 'Hujan.' }, { by: ADMIN, at: '2026-01-21T09:00:00+08:00' }),
      ).code,
    ).toBe('history_order');
  });

  it('keeps role and organization of who acted, and redacts personal data in a note or reason', () => {
    const nik = '5207024507050001';
    const confirmed = confirmSession(
      draft,
      { note: `Dikonfirmasi lewat HP 0812-3456-7890 oleh NIK ${nik}.` },
      { by: SETELUK, at: confirmedAt },
    );
    const postponed = postponeSession(
      confirmed,
      { reason: `Surel warga@example.com, NIK ${nik}.` },
      { by: ADMIN, at: started },
    );
    const text = JSON.stringify(postponed.history);
    for (const secret of [nik, '3456', 'warga@example.com']) expect(text).not.toContain(secret);
    expect(postponed.history?.[1]?.by).toEqual(SETELUK);
  });

  it('lets the figures count a session as held only once it is marked held', () => {
    const confirmed = confirmSession(draft, {}, { by: SETELUK, at: confirmedAt });
    const attendance = {
      officials: [{ role: 'camat' as const, organizationId: 'ksb-kec-seteluk' }],
      citizens: [{ role: 'warga' as const, count: 150 }],
    };
    const withAttendance = (s: ForumSession, id: string): ForumSession => ({ ...s, id, attendance });
    const postponed = withAttendance(
      postponeSession(confirmed, { reason: 'Hujan lebat.' }, { by: SETELUK, at: started }),
      's-postponed',
    );
    const cancelled = withAttendance(
      cancelSession(confirmed, { reason: 'Banjir.' }, { by: SETELUK, at: started }),
      's-cancelled',
    );
    const stillConfirmed = withAttendance(confirmed, 's-confirmed');
    const held = withAttendance(markSessionHeld(confirmed, {}, { by: SETELUK, at: started }), 's-held');
    const figures = (sessions: ForumSession[]) =>
      computeFigures({ aspirations: [], sessions }, { groupBy: 'all', asOf: '2026-03-31' }).rows[0];
    const notHeld = figures([postponed, cancelled, stillConfirmed]);
    expect(notHeld?.sessionsHeld).toBe(0);
    expect(notHeld?.attendanceByRole).toEqual({});
    const withHeld = figures([postponed, cancelled, stillConfirmed, held]);
    expect(withHeld?.sessionsHeld).toBe(1);
    expect(withHeld?.attendanceByRole).toEqual({ camat: 1, warga: 150 });
  });
});

describe('reviewAspiration and rerouteAspiration', () => {
  const TALIWANG: ChangedBy = { role: 'officer', organizationId: 'ksb-kec-taliwang' };

  it('verifies a received aspiration and disposes of one with a reason', () => {
    const verified = reviewAspiration(aspiration(), { decision: 'verify' }, { by: TALIWANG, at: AT });
    expect(verified.status).toBe('diverifikasi');
    expect(verified.history).toEqual([{ at: AT, action: 'verified', by: TALIWANG }]);
    expect(() => reviewAspiration(verified, { decision: 'verify' }, { by: TALIWANG, at: AT })).toThrow(
      InvalidAspirationTransitionError,
    );
    const duplicate = reviewAspiration(
      verified,
      { decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-0', note: 'Sudah diajukan pekan lalu.' },
      { by: TALIWANG, at: AT },
    );
    expect(duplicate.status).toBe('ditolak');
    expect(duplicate.history?.[1]).toEqual({
      at: AT,
      action: 'disposed',
      by: TALIWANG,
      disposal: 'duplicate',
      duplicateOf: 'asp-0',
      reason: 'Sudah diajukan pekan lalu.',
    });
    expect(
      fieldOf(() =>
        reviewAspiration(aspiration(), { decision: 'dispose', reason: 'duplicate' }, { by: ADMIN, at: AT }),
      ).field,
    ).toBe('duplicateOf');
    expect(
      fieldOf(() =>
        reviewAspiration(
          aspiration(),
          { decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-1' },
          { by: ADMIN, at: AT },
        ),
      ).code,
    ).toBe('duplicate_of_itself');
    let caught: unknown;
    try {
      reviewAspiration(
        aspiration({ status: 'selesai' }),
        { decision: 'dispose', reason: 'out_of_scope' },
        { by: ADMIN, at: AT },
      );
    } catch (error) {
      caught = error;
    }
    expect(isAspirationConflict(caught)).toBe(true);
    expect((caught as InvalidAspirationTransitionError).messages?.en).toBe(
      'An aspiration with status `selesai` cannot be disposed of.',
    );
  });

  it("hands over an officer's own assignment, keeping the others and the routing history", () => {
    const moved = rerouteAspiration(
      aspiration(),
      { toOrganizationId: 'ksb-pupr', reason: 'Jalan kabupaten: kewenangan Dinas PUPR.' },
      { by: TALIWANG, at: AT },
    );
    expect(moved.assignedOrganizationIds).toEqual(['ksb-pupr', 'ksb-dpmd']);
    expect(moved.status).toBe('diterima');
    expect(moved.history).toEqual([
      {
        at: AT,
        action: 'rerouted',
        by: TALIWANG,
        reason: 'Jalan kabupaten: kewenangan Dinas PUPR.',
        fromOrganizationIds: ['ksb-kec-taliwang', 'ksb-dpmd'],
        toOrganizationIds: ['ksb-pupr', 'ksb-dpmd'],
      },
    ]);
    // The admin replaces the whole assignment when no office is named.
    const later = '2026-01-21T09:00:00+08:00';
    const whole = rerouteAspiration(
      moved,
      { toOrganizationId: 'ksb-setda', reason: 'Lintas OPD.' },
      { by: ADMIN, at: later },
    );
    expect(whole.assignedOrganizationIds).toEqual(['ksb-setda']);
    expect(whole.history?.map((h) => h.toOrganizationIds)).toEqual([['ksb-pupr', 'ksb-dpmd'], ['ksb-setda']]);
    // Handing over to an office already assigned merges the two.
    const merged = rerouteAspiration(
      aspiration(),
      { toOrganizationId: 'ksb-dpmd', reason: 'Urusan desa.' },
      { by: TALIWANG, at: AT },
    );
    expect(merged.assignedOrganizationIds).toEqual(['ksb-dpmd']);
  });

  it('refuses a reroute of another office, of an office not assigned, or one that changes nothing', () => {
    const change = { toOrganizationId: 'ksb-pupr', reason: 'Bukan kewenangan kecamatan.' };
    expect(
      fieldOf(() =>
        rerouteAspiration(
          aspiration(),
          { ...change, fromOrganizationId: 'ksb-dpmd' },
          { by: TALIWANG, at: AT },
        ),
      ),
    ).toEqual({ field: 'fromOrganizationId', code: 'not_your_organization' });
    expect(
      fieldOf(() =>
        rerouteAspiration(
          aspiration(),
          { ...change, fromOrganizationId: 'ksb-dinkes' },
          { by: ADMIN, at: AT },
        ),
      ).code,
    ).toBe('not_assigned');
    expect(
      fieldOf(() =>
        rerouteAspiration(
          aspiration(),
          { toOrganizationId: 'ksb-kec-taliwang', reason: 'x' },
          { by: TALIWANG, at: AT },
        ),
      ).code,
    ).toBe('already_assigned');
    expect(() => rerouteAspiration(aspiration({ status: 'ditolak' }), change, { by: ADMIN, at: AT })).toThrow(
      InvalidAspirationTransitionError,
    );
  });

  it('lets an admin, or an officer of an assigned office, act on an aspiration', () => {
    expect(mayActOnAspiration(ADMIN, aspiration())).toBe(true);
    expect(mayActOnAspiration(TALIWANG, aspiration())).toBe(true);
    expect(mayActOnAspiration({ role: 'officer', organizationId: 'ksb-pupr' }, aspiration())).toBe(false);
    expect(mayActOnAspiration({ role: 'officer' }, aspiration())).toBe(false);
  });
});

describe('transition tables', () => {
  it('match the hand-written rules: confirm a draft, postpone or hold a confirmed session, reschedule a postponed one; held and cancelled are final', () => {
    const expected: Record<SessionStatus, SessionAction[]> = {
      tentative: ['confirm', 'reschedule', 'cancel'],
      confirmed: ['postpone', 'mark_held', 'reschedule', 'cancel'],
      postponed: ['reschedule', 'cancel'],
      held: [],
      cancelled: [],
    };
    expect(SESSION_TRANSITIONS).toEqual(expected);
  });

  it('match the SP4N-LAPOR! flow: verify on receipt only, no disposal once followed up, nothing once closed', () => {
    const expected: Record<AspirationStatus, AspirationAction[]> = {
      diterima: ['verify', 'dispose', 'reroute'],
      diverifikasi: ['dispose', 'reroute'],
      didisposisikan: ['dispose', 'reroute'],
      ditindaklanjuti: ['reroute'],
      selesai: [],
      ditolak: [],
      dialihkan: [],
    };
    expect(ASPIRATION_TRANSITIONS).toEqual(expected);
  });
});

const ORGS = ['ksb-kec-taliwang', 'ksb-dpmd', 'ksb-pupr', 'ksb-dinkes', 'ksb-setda'];
const actorArb: fc.Arbitrary<ChangedBy> = fc.oneof(
  fc.constant(ADMIN),
  fc.constantFrom(...ORGS).map((organizationId) => ({ role: 'officer', organizationId })),
);
const BASE_MS = Date.parse(AT);
// Mostly forward in time, sometimes back (which must be refused as history_order).
const stepArb = fc.integer({ min: -2 * 3_600_000, max: 5 * 86_400_000 });
const iso = (ms: number) => new Date(ms).toISOString();

describe('random sequences of operations (property)', () => {
  it('never bring a session to an invalid state', () => {
    const opArb = fc.record({
      kind: fc.constantFrom<SessionAction>('confirm', 'postpone', 'mark_held', 'reschedule', 'cancel'),
      by: actorArb,
      step: stepArb,
      dayOffset: fc.integer({ min: -10, max: 60 }),
      hour: fc.integer({ min: 0, max: 22 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<SessionStatus>('tentative', 'confirmed', 'postponed', 'held', 'cancelled'),
        fc.array(opArb, { maxLength: 12 }),
        (status, ops) => {
          let session: ForumSession = {
            ...createSession(newSession(), { series: SERIES, by: SETELUK, at: AT }),
            status,
          };
          let clock = BASE_MS;
          for (const op of ops) {
            clock += op.step;
            const at = iso(clock);
            const before = session;
            try {
              if (op.kind === 'cancel')
                session = cancelSession(session, { reason: 'Alasan uji' }, { by: op.by, at });
              else if (op.kind === 'confirm') session = confirmSession(session, {}, { by: op.by, at });
              else if (op.kind === 'postpone')
                session = postponeSession(session, { reason: 'Alasan uji' }, { by: op.by, at });
              else if (op.kind === 'mark_held') session = markSessionHeld(session, {}, { by: op.by, at });
              else {
                const date = new Date(BASE_MS + op.dayOffset * 86_400_000).toISOString().slice(0, 10);
                const hh = String(op.hour).padStart(2, '0');
                session = rescheduleSession(
                  session,
                  { date, startTime: `${hh}:00`, endTime: `${hh}:59`, reason: 'Alasan uji' },
                  { by: op.by, at },
                );
              }
            } catch (error) {
              expect(isOpenGovError(error)).toBe(true);
              if (error instanceof InvalidSessionTransitionError)
                expect(SESSION_TRANSITIONS[before.status]).not.toContain(op.kind);
              if (error instanceof SessionNotStartedError) {
                expect(op.kind).toBe('mark_held');
                expect(Date.parse(at)).toBeLessThan(Date.parse(before.startsAt));
              }
              expect(session).toBe(before);
              continue;
            }
            expect(SESSION_TRANSITIONS[before.status]).toContain(op.kind);
            expect(ForumSession.parse(session)).toEqual(session);
            expect(session.history).toHaveLength((before.history?.length ?? 0) + 1);
            const expectedStatus = {
              confirm: 'confirmed',
              postpone: 'postponed',
              mark_held: 'held',
              cancel: 'cancelled',
              reschedule: before.status === 'postponed' ? 'confirmed' : before.status,
            }[op.kind];
            expect(session.status).toBe(expectedStatus);
            if (op.kind === 'mark_held')
              expect(Date.parse(at)).toBeGreaterThanOrEqual(Date.parse(session.startsAt));
            expect(Date.parse(session.endsAt ?? '')).toBeGreaterThan(Date.parse(session.startsAt));
            if (op.kind === 'reschedule')
              expect(Date.parse(session.startsAt)).toBeGreaterThan(Date.parse(at));
          }
          const times = (session.history ?? []).map((h) => Date.parse(h.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          if (status === 'held' || status === 'cancelled') expect(session.status).toBe(status);
          // Whatever happened, the figures count it as held exactly when its status is `held`.
          const row = computeFigures(
            { aspirations: [], sessions: [session] },
            { groupBy: 'all', asOf: '2026-12-31', validate: false },
          ).rows[0];
          expect(row?.sessionsHeld).toBe(session.status === 'held' ? 1 : 0);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never bring an aspiration to an invalid state, and keep the whole routing history', () => {
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('verify' as const), by: actorArb, step: stepArb }),
      fc.record({
        kind: fc.constant('dispose' as const),
        by: actorArb,
        step: stepArb,
        reason: fc.constantFrom('out_of_scope', 'not_actionable', 'withdrawn') as fc.Arbitrary<
          'out_of_scope' | 'not_actionable' | 'withdrawn'
        >,
      }),
      fc.record({
        kind: fc.constant('reroute' as const),
        by: actorArb,
        step: stepArb,
        to: fc.constantFrom(...ORGS),
        from: fc.option(fc.constantFrom(...ORGS), { nil: undefined }),
      }),
    );
    const statuses = Object.keys(ASPIRATION_TRANSITIONS) as AspirationStatus[];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.array(opArb, { maxLength: 12 }), (status, ops) => {
        const initial = aspiration({ status });
        let current: Aspiration = initial;
        let clock = BASE_MS;
        for (const op of ops) {
          clock += op.step;
          const context = { by: op.by, at: iso(clock) };
          const before = current;
          try {
            if (op.kind === 'verify') current = reviewAspiration(current, { decision: 'verify' }, context);
            else if (op.kind === 'dispose')
              current = reviewAspiration(current, { decision: 'dispose', reason: op.reason }, context);
            else
              current = rerouteAspiration(
                current,
                {
                  toOrganizationId: op.to,
                  reason: 'Alasan uji',
                  ...(op.from === undefined ? {} : { fromOrganizationId: op.from }),
                },
                context,
              );
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
            if (error instanceof InvalidAspirationTransitionError)
              expect(ASPIRATION_TRANSITIONS[before.status]).not.toContain(op.kind);
            expect(current).toBe(before);
            continue;
          }
          expect(ASPIRATION_TRANSITIONS[before.status]).toContain(op.kind);
          expect(Aspiration.parse(current)).toEqual(current);
          expect(current.history).toHaveLength((before.history?.length ?? 0) + 1);
          expect(current.assignedOrganizationIds.length).toBeGreaterThan(0);
          expect(new Set(current.assignedOrganizationIds).size).toBe(current.assignedOrganizationIds.length);
          if (op.kind === 'reroute') expect(current.status).toBe(before.status);
        }
        // The routing history chains: each reroute starts from where the previous one left it.
        let assigned = initial.assignedOrganizationIds;
        for (const entry of current.history ?? []) {
          if (entry.action !== 'rerouted') continue;
          expect(entry.fromOrganizationIds).toEqual(assigned);
          assigned = entry.toOrganizationIds ?? [];
        }
        expect(current.assignedOrganizationIds).toEqual(assigned);
        const times = (current.history ?? []).map((h) => Date.parse(h.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
      { numRuns: 2_000 },
    );
  });
});
