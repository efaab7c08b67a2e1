import { type ContractImplementation, type HolidayCalendar, parseWith, toZonedIso } from '@opengov-id/core';
import { ContractHttpError } from '@opengov-id/core/testing';
import {
  isAspirationConflict,
  mayActOnAspiration,
  rerouteAspiration,
  reviewAspiration,
} from '../aspiration/review.js';
import { Aspiration, type AspirationInput } from '../aspiration/schemas.js';
import type { forumContract } from '../contract/contract.js';
import { computeFigures } from '../figures/figures.js';
import { figuresInputForSeries } from '../figures/select.js';
import {
  applyFollowUpUpdate,
  createFollowUp,
  isFollowUpConflict,
  listOverdue,
} from '../follow-up/operations.js';
import { FollowUp, type FollowUpInput } from '../follow-up/schemas.js';
import { ForumSeries, type ForumSeriesInput } from '../series/schemas.js';
import {
  cancelSession,
  confirmSession,
  createSession,
  isSessionConflict,
  markSessionHeld,
  mayManageSession,
  postponeSession,
  rescheduleSession,
} from '../session/admin.js';
import { ForumSession, type ForumSessionInput } from '../session/schemas.js';
import { fieldError } from '../shared/history.js';
import type { ChangedBy } from '../shared/schemas.js';

/** Records a {@link createForumTestStore} starts with. */
export interface ForumTestSeed {
  /** Series. */
  series?: readonly ForumSeriesInput[];
  /** Sessions. */
  sessions?: readonly ForumSessionInput[];
  /** Aspirations. */
  aspirations?: readonly AspirationInput[];
  /** Follow-ups. */
  followUps?: readonly FollowUpInput[];
}

/** An in-memory forum API from {@link createForumTestStore}. */
export interface ForumTestStore {
  /** Series by id. */
  readonly series: Map<string, ForumSeries>;
  /** Sessions by id. */
  readonly sessions: Map<string, ForumSession>;
  /** Aspirations by id. */
  readonly aspirations: Map<string, Aspiration>;
  /** Follow-ups by id. */
  readonly followUps: Map<string, FollowUp>;
  /** The implementation of every route of the forum contract, for `createForumMswHandlers`. */
  readonly implementation: ContractImplementation<typeof forumContract>;
}

/** Options for {@link createForumTestStore}. */
export interface ForumTestStoreOptions {
  /** Working-day calendar for due dates, overdue lists and figures. @defaultValue core's built-in calendar */
  calendar?: HolidayCalendar;
  /** The clock that dates history entries. @defaultValue the host clock */
  now?: () => Date;
  /**
   * Who makes a request, for the history and the rules of who may do what (an officer acts on
   * their own office's sessions and aspirations only, else 404). @defaultValue an admin
   */
  actor?: (request: Request) => ChangedBy;
}

const notFound = (what: { id: string; en: string }, id: string) =>
  new ContractHttpError(404, {
    code: 'not_found',
    message: { id: `${what.id} ${id} tidak ditemukan.`, en: `${what.en} ${id} not found.` },
  });

function paginate<T>(items: readonly T[], page: number, limit: number) {
  return { items: items.slice((page - 1) * limit, page * limit), page, total: items.length };
}

/**
 * An in-memory forum API that implements every route of the forum contract with this
 * package's own rules (due dates, follow-up transitions, overdue lists, figures), for tests of
 * apps built on `createForumClient`. Pair it with {@link createForumMswHandlers}.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when a seed record is invalid.
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const store = createForumTestStore({ series: [ksbYasinanSeries()] });
 * const server = setupServer(...createForumMswHandlers(store.implementation, { baseUrl: 'https://forum.test/api/v1' }));
 * server.listen();
 * ```
 */
export function createForumTestStore(
  seed: ForumTestSeed = {},
  options: ForumTestStoreOptions = {},
): ForumTestStore {
  const series = new Map(
    (seed.series ?? []).map((s) => parseWith(ForumSeries, s, 'ForumSeries')).map((s) => [s.id, s]),
  );
  const sessions = new Map(
    (seed.sessions ?? []).map((s) => parseWith(ForumSession, s, 'ForumSession')).map((s) => [s.id, s]),
  );
  const aspirations = new Map(
    (seed.aspirations ?? []).map((a) => parseWith(Aspiration, a, 'Aspiration')).map((a) => [a.id, a]),
  );
  const followUps = new Map(
    (seed.followUps ?? []).map((f) => parseWith(FollowUp, f, 'FollowUp')).map((f) => [f.id, f]),
  );
  const byKey = new Map<string, string>();
  const calendar = options.calendar ? { calendar: options.calendar } : {};

  const session = (id: string) => {
    const found = sessions.get(id);
    if (!found) throw notFound({ id: 'Sesi', en: 'Session' }, id);
    return found;
  };
  const aspiration = (id: string) => {
    const found = aspirations.get(id);
    if (!found) throw notFound({ id: 'Aspirasi', en: 'Aspiration' }, id);
    return found;
  };
  const conflict = (message: { id: string; en: string }, code: string) =>
    new ContractHttpError(409, { code, message });
  const now = () => toZonedIso(options.now?.() ?? new Date(), 'Asia/Makassar');
  const actor = options.actor ?? (() => ({ role: 'admin' }));
  /** Runs a change once per idempotency key: a replay answers the first result. */
  const once = <T>(route: string, idempotencyKey: string | undefined, work: () => T): T => {
    const slot = idempotencyKey === undefined ? undefined : `${route}:${idempotencyKey}`;
    if (slot !== undefined && replies.has(slot)) return replies.get(slot) as T;
    const result = work();
    if (slot !== undefined) replies.set(slot, result);
    return result;
  };
  const replies = new Map<string, unknown>();
  /** Domain conflicts (a held session, a rejected aspiration) become 409s. */
  const asConflict = <T>(isConflict: (error: unknown) => boolean, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (isConflict(error)) {
        const e = error as { code: string; message: string; messages?: { id: string; en: string } };
        throw conflict(e.messages ?? { id: e.message, en: e.message }, e.code);
      }
      throw error;
    }
  };
  const managedSession = (request: Request, id: string) => {
    const found = session(id);
    if (!mayManageSession(actor(request), found)) throw notFound({ id: 'Sesi', en: 'Session' }, id);
    return found;
  };
  const actionableAspiration = (request: Request, id: string) => {
    const found = aspiration(id);
    if (!mayActOnAspiration(actor(request), found)) throw notFound({ id: 'Aspirasi', en: 'Aspiration' }, id);
    return found;
  };

  const implementation: ContractImplementation<typeof forumContract> = {
    listSeries: () => ({ items: [...series.values()] }),
    getSeries: ({ params }) => {
      const found = series.get(params.seriesId);
      if (!found) throw notFound({ id: 'Seri', en: 'Series' }, params.seriesId);
      return found;
    },
    listSessions: ({ query }) => {
      const items = [...sessions.values()]
        .filter(
          (s) =>
            (query.seriesId === undefined || s.seriesId === query.seriesId) &&
            (query.status === undefined || s.status === query.status) &&
            (query.zoneId === undefined || s.zoneId === query.zoneId) &&
            (query.from === undefined || s.startsAt.slice(0, 10) >= query.from) &&
            (query.to === undefined || s.startsAt.slice(0, 10) <= query.to),
        )
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      return paginate(items, query.page, query.limit);
    },
    getSession: ({ params }) => session(params.sessionId),
    createSession: ({ body, request, idempotencyKey }) => {
      const replayed = idempotencyKey === undefined ? undefined : byKey.get(`session:${idempotencyKey}`);
      if (replayed) return { status: 200, body: sessions.get(replayed)! };
      const created = createSession(body, {
        series: body.seriesId === undefined ? undefined : series.get(body.seriesId),
        by: actor(request),
        at: now(),
      });
      if (sessions.has(created.id))
        throw conflict(
          { id: `Sesi ${created.id} sudah ada.`, en: `Session ${created.id} already exists.` },
          'conflict',
        );
      sessions.set(created.id, created);
      if (idempotencyKey !== undefined) byKey.set(`session:${idempotencyKey}`, created.id);
      return { status: 201, body: created };
    },
    confirmSession: ({ params, body, request, idempotencyKey }) =>
      once(`confirm:${params.sessionId}`, idempotencyKey, () => {
        const current = managedSession(request, params.sessionId);
        const updated = asConflict(isSessionConflict, () =>
          confirmSession(current, body, { by: actor(request), at: now() }),
        );
        sessions.set(updated.id, updated);
        return updated;
      }),
    postponeSession: ({ params, body, request, idempotencyKey }) =>
      once(`postpone:${params.sessionId}`, idempotencyKey, () => {
        const current = managedSession(request, params.sessionId);
        const updated = asConflict(isSessionConflict, () =>
          postponeSession(current, body, { by: actor(request), at: now() }),
        );
        sessions.set(updated.id, updated);
        return updated;
      }),
    markSessionHeld: ({ params, body, request, idempotencyKey }) =>
      once(`held:${params.sessionId}`, idempotencyKey, () => {
        const current = managedSession(request, params.sessionId);
        const timeZone = current.seriesId === undefined ? undefined : series.get(current.seriesId)?.timeZone;
        const updated = asConflict(isSessionConflict, () =>
          markSessionHeld(current, body, { by: actor(request), at: now(), timeZone }),
        );
        sessions.set(updated.id, updated);
        return updated;
      }),
    rescheduleSession: ({ params, body, request, idempotencyKey }) =>
      once(`reschedule:${params.sessionId}`, idempotencyKey, () => {
        const current = managedSession(request, params.sessionId);
        const timeZone = current.seriesId === undefined ? undefined : series.get(current.seriesId)?.timeZone;
        const updated = asConflict(isSessionConflict, () =>
          rescheduleSession(current, body, { by: actor(request), at: now(), timeZone }),
        );
        sessions.set(updated.id, updated);
        return updated;
      }),
    cancelSession: ({ params, body, request, idempotencyKey }) =>
      once(`cancel:${params.sessionId}`, idempotencyKey, () => {
        const current = managedSession(request, params.sessionId);
        const updated = asConflict(isSessionConflict, () =>
          cancelSession(current, body, { by: actor(request), at: now() }),
        );
        sessions.set(updated.id, updated);
        return updated;
      }),
    putAgenda: ({ params, body }) => {
      const updated = parseWith(ForumSession, { ...session(params.sessionId), agenda: body }, 'ForumSession');
      sessions.set(updated.id, updated);
      return updated;
    },
    putAttendance: ({ params, body }) => {
      const updated = parseWith(
        ForumSession,
        { ...session(params.sessionId), attendance: body },
        'ForumSession',
      );
      sessions.set(updated.id, updated);
      return updated;
    },
    listAspirations: ({ query }) => {
      const items = [...aspirations.values()].filter(
        (a) =>
          (query.sessionId === undefined || a.sessionId === query.sessionId) &&
          (query.status === undefined || a.status === query.status) &&
          (query.sector === undefined || a.sector === query.sector) &&
          (query.organizationId === undefined || a.assignedOrganizationIds.includes(query.organizationId)),
      );
      return paginate(items, query.page, query.limit);
    },
    getAspiration: ({ params }) => aspiration(params.aspirationId),
    createAspiration: ({ body, idempotencyKey }) => {
      const replayed = idempotencyKey === undefined ? undefined : byKey.get(`aspiration:${idempotencyKey}`);
      if (replayed) return { status: 200, body: aspirations.get(replayed)! };
      if (aspirations.has(body.id))
        throw conflict(
          { id: `Aspirasi ${body.id} sudah ada.`, en: `Aspiration ${body.id} already exists.` },
          'conflict',
        );
      aspirations.set(body.id, body);
      if (idempotencyKey !== undefined) byKey.set(`aspiration:${idempotencyKey}`, body.id);
      return { status: 201, body };
    },
    addAnswer: ({ params, body }) => {
      const current = aspiration(params.aspirationId);
      const updated = parseWith(
        Aspiration,
        { ...current, answers: [...current.answers, body] },
        'Aspiration',
      );
      aspirations.set(updated.id, updated);
      return updated;
    },
    reviewAspiration: ({ params, body, request, idempotencyKey }) =>
      once(`review:${params.aspirationId}`, idempotencyKey, () => {
        const current = actionableAspiration(request, params.aspirationId);
        if (
          body.decision === 'dispose' &&
          body.duplicateOf !== undefined &&
          !aspirations.has(body.duplicateOf)
        )
          throw fieldError(
            'body.duplicateOf',
            'tidak merujuk aspirasi yang ada.',
            'does not name an existing aspiration.',
            'unknown_aspiration',
          );
        const updated = asConflict(isAspirationConflict, () =>
          reviewAspiration(current, body, { by: actor(request), at: now() }),
        );
        aspirations.set(updated.id, updated);
        return updated;
      }),
    rerouteAspiration: ({ params, body, request, idempotencyKey }) =>
      once(`reroute:${params.aspirationId}`, idempotencyKey, () => {
        const current = actionableAspiration(request, params.aspirationId);
        const updated = asConflict(isAspirationConflict, () =>
          rerouteAspiration(current, body, { by: actor(request), at: now() }),
        );
        aspirations.set(updated.id, updated);
        return updated;
      }),
    listFollowUps: ({ query }) => {
      let items = [...followUps.values()];
      if (query.overdueAsOf !== undefined)
        items = listOverdue(items, { asOf: query.overdueAsOf, ...calendar }).flatMap((g) =>
          g.followUps.map((o) => o.followUp),
        );
      items = items.filter(
        (f) =>
          (query.aspirationId === undefined || f.aspirationId === query.aspirationId) &&
          (query.organizationId === undefined || f.ownerOrganizationId === query.organizationId) &&
          (query.status === undefined || f.status === query.status),
      );
      return paginate(items, query.page, query.limit);
    },
    createFollowUp: ({ body, idempotencyKey }) => {
      const replayed = idempotencyKey === undefined ? undefined : byKey.get(`follow-up:${idempotencyKey}`);
      if (replayed) return { status: 200, body: followUps.get(replayed)! };
      aspiration(body.aspirationId);
      if (followUps.has(body.id))
        throw conflict(
          { id: `Tindak lanjut ${body.id} sudah ada.`, en: `Follow-up ${body.id} already exists.` },
          'conflict',
        );
      const created = createFollowUp(body, calendar);
      followUps.set(created.id, created);
      if (idempotencyKey !== undefined) byKey.set(`follow-up:${idempotencyKey}`, created.id);
      return { status: 201, body: created };
    },
    updateFollowUp: ({ params, body }) => {
      const current = followUps.get(params.followUpId);
      if (!current) throw notFound({ id: 'Tindak lanjut', en: 'Follow-up' }, params.followUpId);
      try {
        const updated = applyFollowUpUpdate(current, body);
        followUps.set(updated.id, updated);
        return updated;
      } catch (error) {
        if (isFollowUpConflict(error))
          throw conflict(error.messages ?? { id: error.message, en: error.message }, error.code);
        throw error;
      }
    },
    getFigures: ({ query }) =>
      computeFigures(
        figuresInputForSeries(
          {
            aspirations: [...aspirations.values()],
            followUps: [...followUps.values()],
            sessions: [...sessions.values()],
          },
          query.seriesId,
        ),
        {
          groupBy: query.groupBy,
          asOf: query.asOf,
          percentileMethod: query.percentileMethod,
          validate: false,
          ...calendar,
        },
      ),
  };
  return { series, sessions, aspirations, followUps, implementation };
}
