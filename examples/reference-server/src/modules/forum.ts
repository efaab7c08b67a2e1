import {
  ContractHttpError,
  createHolidayCalendar,
  type HolidayCalendar,
  type LocalizedMessage,
  parseWith,
  toZonedIso,
  ValidationError,
} from '@opengov-id/core';
import {
  Aspiration,
  type ChangedBy,
  cancelSession,
  computeFigures,
  confirmSession,
  createSession,
  createFollowUp,
  type FollowUp,
  figuresInputForSeries,
  forumContract,
  type ForumSeries,
  ForumSession,
  isAspirationConflict,
  isFollowUpConflict,
  isSessionConflict,
  listOverdue,
  markSessionHeld,
  mayActOnAspiration,
  mayManageSession,
  postponeSession,
  rerouteAspiration,
  rescheduleSession,
  reviewAspiration,
  type RoutingTableInput,
  type SessionHeldContext,
  routeAspiration,
  applyFollowUpUpdate,
  toPublicAspiration,
} from '@opengov-id/forum';
import { ANYONE, type ModuleContext, type Principal, type Role, type ServerModule } from '../module.js';
import type { StoreTx } from '../store/types.js';
import { FORUM_COLLECTIONS, SAMPLE_KSB_ROUTING_TABLE, seedForum } from './forum-seed.js';
import { onceChanged, onceCreated } from './replay.js';

export { FORUM_COLLECTIONS, SAMPLE_KSB_ROUTING_TABLE } from './forum-seed.js';

const C = FORUM_COLLECTIONS;

/** Options of {@link createForumModule}. */
export interface ForumModuleOptions {
  /** How new aspirations without an assignment are routed. @defaultValue {@link SAMPLE_KSB_ROUTING_TABLE} */
  readonly routingTable?: RoutingTableInput;
  /**
   * Working days for due dates, overdue lists and figures. @defaultValue core's SKB calendar in WITA,
   * counting only weekends in a year without a decree yet (so the server keeps working in January)
   */
  readonly calendar?: HolidayCalendar;
}

const STAFF_ROLES: readonly Role[] = ['officer', 'admin'];
const SUBMITTERS: readonly Role[] = ['reporter', 'officer', 'admin'];
const ADMIN_ONLY: readonly Role[] = ['admin'];

const problem = (status: 404 | 409, code: string, message: LocalizedMessage) =>
  new ContractHttpError(status, { code, message });
const notFound = (what: LocalizedMessage, id: string) =>
  problem(404, 'not_found', { id: `${what.id} ${id} tidak ditemukan.`, en: `${what.en} ${id} not found.` });
const SESSION = { id: 'Sesi', en: 'Session' };
const SERIES = { id: 'Seri', en: 'Series' };
const ASPIRATION = { id: 'Aspirasi', en: 'Aspiration' };
const FOLLOW_UP = { id: 'Tindak lanjut', en: 'Follow-up' };

/** Who acted, for a record's history: role and organization, never the token or a name. */
const changedBy = (p: Principal): ChangedBy =>
  p.organizationId === undefined ? { role: p.role } : { role: p.role, organizationId: p.organizationId };
/** A domain conflict (a held session, a rejected aspiration) as the contract's 409. */
const asConflict = (isConflict: (error: unknown) => boolean, error: unknown): never => {
  if (isConflict(error)) {
    const e = error as { code: string; message: string; messages?: LocalizedMessage };
    throw problem(409, e.code, e.messages ?? { id: e.message, en: e.message });
  }
  throw error;
};

const isStaff = (p: Principal) => p.role === 'officer' || p.role === 'admin';
/** A tentative session is the secretariat's draft: published once confirmed (or later moved on). */
const isPublished = (s: ForumSession) => s.status !== 'tentative';
const assignedTo = (a: Aspiration, organizationId: string | undefined) =>
  organizationId !== undefined && a.assignedOrganizationIds.includes(organizationId);

const paginate = <T>(items: readonly T[], page: number, limit: number) => ({
  items: items.slice((page - 1) * limit, page * limit),
  page,
  total: items.length,
});

/** One field of the body refused (answered 400 like any validation error). */
const refuse = (field: string, id: string, en: string, code: string) =>
  ValidationError.single(
    `body.${field}`,
    { id: `Kolom \`body.${field}\` ${id}`, en: `Field \`body.${field}\` ${en}` },
    code,
  );

/**
 * The forum API over the store, with these rules:
 * - anyone reads series, published sessions (not `tentative`) with their agendas, aspirations in
 *   their public form (`toPublicAspiration`: never a NIK, nothing naming an anonymous raiser),
 *   follow-ups and the accountability figures;
 * - a citizen (`reporter`) submits aspirations, only as new ones (`diterima`, unanswered,
 *   unassigned: the server routes them with the routing table);
 * - an `officer` sees in full the aspirations assigned to their organization, answers them, and
 *   creates and updates follow-ups their organization owns; anything else is answered 404;
 * - an `officer` of a session's organizing office schedules, confirms, postpones, reschedules,
 *   cancels and marks held its sessions,
 *   and an officer verifies, disposes of and reroutes the aspirations assigned to their office;
 *   every such change keeps who (role and organization), when and why in the record's history;
 * - `admin` manages sessions (agenda, attendance) and may do everything.
 */
export function createForumModule(options: ForumModuleOptions = {}): ServerModule<typeof forumContract> {
  const table = options.routingTable ?? SAMPLE_KSB_ROUTING_TABLE;
  const calendar =
    options.calendar ?? createHolidayCalendar({ zone: 'Asia/Makassar', weekendFallback: true });

  /** What a caller may see of an aspiration: all of it (admin, its officers), else the public form. */
  const view = (principal: Principal, a: Aspiration): Aspiration =>
    principal.role === 'admin' || (principal.role === 'officer' && assignedTo(a, principal.organizationId))
      ? a
      : toPublicAspiration(a);

  /** A session the caller may see; `forUpdate` locks it for a read-modify-write. */
  async function sessionOf(tx: StoreTx, principal: Principal, id: string, forUpdate = false) {
    const session = await tx.get<ForumSession>(C.sessions, id, { forUpdate });
    if (!session || (!isPublished(session) && !isStaff(principal))) throw notFound(SESSION, id);
    return session;
  }
  async function aspirationOf(tx: StoreTx, id: string, forUpdate = false) {
    const aspiration = await tx.get<Aspiration>(C.aspirations, id, { forUpdate });
    if (!aspiration) throw notFound(ASPIRATION, id);
    return aspiration;
  }
  /** An aspiration the caller may act on: admin any, an officer those assigned to them. */
  async function actionable(tx: StoreTx, principal: Principal, id: string, forUpdate = false) {
    const aspiration = await aspirationOf(tx, id, forUpdate);
    if (principal.role !== 'admin' && !assignedTo(aspiration, principal.organizationId))
      throw notFound(ASPIRATION, id);
    return aspiration;
  }

  /** A session the caller may reschedule or cancel, locked; any other is answered 404. */
  async function managed(tx: StoreTx, principal: Principal, id: string) {
    const session = await tx.get<ForumSession>(C.sessions, id, { forUpdate: true });
    if (!session || !mayManageSession(changedBy(principal), session)) throw notFound(SESSION, id);
    return session;
  }
  /** An aspiration the caller may review or reroute, locked; any other is answered 404. */
  async function reviewable(tx: StoreTx, principal: Principal, id: string) {
    const aspiration = await aspirationOf(tx, id, true);
    if (!mayActOnAspiration(changedBy(principal), aspiration)) throw notFound(ASPIRATION, id);
    return aspiration;
  }

  /** A citizen's or an officer's submission starts the flow; only admin imports a record mid-way. */
  function checkSubmission(principal: Principal, a: Aspiration): void {
    if (principal.role === 'admin') return;
    if (a.status !== 'diterima')
      throw refuse(
        'status',
        'harus `diterima` untuk aspirasi baru.',
        'must be `diterima` for a new aspiration.',
        'not_new',
      );
    if (a.answers.length > 0)
      throw refuse(
        'answers',
        'harus kosong untuk aspirasi baru.',
        'must be empty for a new aspiration.',
        'not_new',
      );
    if (a.assignedOrganizationIds.length > 0)
      throw refuse(
        'assignedOrganizationIds',
        'harus kosong: server mendisposisikan aspirasi baru.',
        'must be empty: the server routes new aspirations.',
        'not_new',
      );
  }

  const implement = (context: ModuleContext) => {
    const read = <T>(work: (tx: StoreTx) => Promise<T>) => context.store.transaction(work);
    const key = (route: string, idempotencyKey: string | undefined) =>
      idempotencyKey === undefined ? undefined : `forum.${route}:${idempotencyKey}`;
    const all = async <T>(tx: StoreTx, collection: string, where?: Record<string, string>) =>
      (await tx.list<T>(collection, where ? { where } : {})).items;
    const defined = (query: Record<string, string | undefined>) =>
      Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<string, string>;

    const stamp = () => toZonedIso(context.now(), 'Asia/Makassar');

    /**
     * One of forum's session changes by a manager of the session (404 for anyone else): the session
     * read locked, the change applied with its series' zone, stored; a conflict answers 409.
     */
    const changeSession = (
      route: string,
      request: Request,
      idempotencyKey: string | undefined,
      sessionId: string,
      apply: (current: ForumSession, change: SessionHeldContext) => ForumSession,
    ) =>
      onceChanged(context, request, key(route, idempotencyKey), async (tx) => {
        const principal = context.principal(request);
        const current = await managed(tx, principal, sessionId);
        const series =
          current.seriesId === undefined ? undefined : await tx.get<ForumSeries>(C.series, current.seriesId);
        let updated: ForumSession;
        try {
          updated = apply(current, { by: changedBy(principal), at: stamp(), timeZone: series?.timeZone });
        } catch (error) {
          return asConflict(isSessionConflict, error);
        }
        await tx.update(C.sessions, updated.id, updated);
        return { status: 200 as const, body: updated };
      });

    const replace = (sessionId: string, request: Request, change: Partial<ForumSession>) =>
      read(async (tx) => {
        // Locked: two writers of one session (agenda and attendance at once) both keep their change.
        const current = await sessionOf(tx, context.principal(request), sessionId, true);
        const updated = parseWith(ForumSession, { ...current, ...change }, 'ForumSession');
        await tx.update(C.sessions, sessionId, updated);
        return updated;
      });

    return {
      listSeries: () => read(async (tx) => ({ items: await all<ForumSeries>(tx, C.series) })),
      getSeries: ({ params }) =>
        read(async (tx) => {
          const series = await tx.get<ForumSeries>(C.series, params.seriesId);
          if (!series) throw notFound(SERIES, params.seriesId);
          return series;
        }),
      listSessions: ({ query, request }) =>
        read(async (tx) => {
          const staff = isStaff(context.principal(request));
          const where = defined({ seriesId: query.seriesId, status: query.status, zoneId: query.zoneId });
          const items = (await all<ForumSession>(tx, C.sessions, where))
            .filter(
              (s) =>
                (staff || isPublished(s)) &&
                (query.from === undefined || s.startsAt.slice(0, 10) >= query.from) &&
                (query.to === undefined || s.startsAt.slice(0, 10) <= query.to),
            )
            .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
          return paginate(items, query.page, query.limit);
        }),
      getSession: ({ params, request }) =>
        read((tx) => sessionOf(tx, context.principal(request), params.sessionId)),
      createSession: ({ body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createSession', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          const series =
            body.seriesId === undefined ? undefined : await tx.get<ForumSeries>(C.series, body.seriesId);
          const session = createSession(body, { series, by: changedBy(principal), at: stamp() });
          if (await tx.get(C.sessions, session.id))
            throw problem(409, 'conflict', {
              id: `Sesi ${session.id} sudah ada.`,
              en: `Session ${session.id} already exists.`,
            });
          await tx.insert(C.sessions, session.id, session);
          return { status: 201 as const, body: session };
        }),
      confirmSession: ({ params, body, request, idempotencyKey }) =>
        changeSession('confirmSession', request, idempotencyKey, params.sessionId, (current, change) =>
          confirmSession(current, body, change),
        ),
      postponeSession: ({ params, body, request, idempotencyKey }) =>
        changeSession('postponeSession', request, idempotencyKey, params.sessionId, (current, change) =>
          postponeSession(current, body, change),
        ),
      markSessionHeld: ({ params, body, request, idempotencyKey }) =>
        changeSession('markSessionHeld', request, idempotencyKey, params.sessionId, (current, change) =>
          markSessionHeld(current, body, change),
        ),
      rescheduleSession: ({ params, body, request, idempotencyKey }) =>
        changeSession('rescheduleSession', request, idempotencyKey, params.sessionId, (current, change) =>
          rescheduleSession(current, body, change),
        ),
      cancelSession: ({ params, body, request, idempotencyKey }) =>
        changeSession('cancelSession', request, idempotencyKey, params.sessionId, (current, change) =>
          cancelSession(current, body, change),
        ),
      putAgenda: ({ params, body, request }) => replace(params.sessionId, request, { agenda: body }),
      putAttendance: ({ params, body, request }) => replace(params.sessionId, request, { attendance: body }),
      listAspirations: ({ query, request }) =>
        read(async (tx) => {
          const principal = context.principal(request);
          const where = defined({ sessionId: query.sessionId, status: query.status, sector: query.sector });
          const items = (await all<Aspiration>(tx, C.aspirations, where)).filter(
            (a) =>
              query.organizationId === undefined || a.assignedOrganizationIds.includes(query.organizationId),
          );
          return paginate(
            items.map((a) => view(principal, a)),
            query.page,
            query.limit,
          );
        }),
      getAspiration: ({ params, request }) =>
        read(async (tx) => view(context.principal(request), await aspirationOf(tx, params.aspirationId))),
      createAspiration: ({ body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createAspiration', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          checkSubmission(principal, body);
          if (body.sessionId !== undefined) {
            try {
              await sessionOf(tx, principal, body.sessionId);
            } catch {
              throw refuse(
                'sessionId',
                'tidak merujuk sesi yang ada.',
                'does not name an existing session.',
                'unknown_session',
              );
            }
          }
          if (body.seriesId !== undefined && !(await tx.get(C.series, body.seriesId)))
            throw refuse(
              'seriesId',
              'tidak merujuk seri yang ada.',
              'does not name an existing series.',
              'unknown_series',
            );
          if (await tx.get(C.aspirations, body.id))
            throw problem(409, 'conflict', {
              id: `Aspirasi ${body.id} sudah ada.`,
              en: `Aspiration ${body.id} already exists.`,
            });
          const aspiration: Aspiration =
            body.assignedOrganizationIds.length > 0
              ? body
              : { ...body, assignedOrganizationIds: [...routeAspiration(body, table).organizationIds] };
          await tx.insert(C.aspirations, aspiration.id, aspiration);
          return { status: 201 as const, body: view(principal, aspiration) };
        }),
      addAnswer: ({ params, body, request }) =>
        read(async (tx) => {
          // Locked: answers given at once are all kept, none overwritten by another's write.
          const current = await actionable(tx, context.principal(request), params.aspirationId, true);
          const updated = parseWith(
            Aspiration,
            { ...current, answers: [...current.answers, body] },
            'Aspiration',
          );
          await tx.update(C.aspirations, updated.id, updated);
          return updated;
        }),
      reviewAspiration: ({ params, body, request, idempotencyKey }) =>
        onceChanged(context, request, key('reviewAspiration', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          const current = await reviewable(tx, principal, params.aspirationId);
          if (
            body.decision === 'dispose' &&
            body.duplicateOf !== undefined &&
            !(await tx.get(C.aspirations, body.duplicateOf))
          )
            throw refuse(
              'duplicateOf',
              'tidak merujuk aspirasi yang ada.',
              'does not name an existing aspiration.',
              'unknown_aspiration',
            );
          let updated: Aspiration;
          try {
            updated = reviewAspiration(current, body, { by: changedBy(principal), at: stamp() });
          } catch (error) {
            return asConflict(isAspirationConflict, error);
          }
          await tx.update(C.aspirations, updated.id, updated);
          return { status: 200 as const, body: view(principal, updated) };
        }),
      rerouteAspiration: ({ params, body, request, idempotencyKey }) =>
        onceChanged(context, request, key('rerouteAspiration', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          const current = await reviewable(tx, principal, params.aspirationId);
          let updated: Aspiration;
          try {
            updated = rerouteAspiration(current, body, { by: changedBy(principal), at: stamp() });
          } catch (error) {
            return asConflict(isAspirationConflict, error);
          }
          await tx.update(C.aspirations, updated.id, updated);
          // An officer who handed it over now sees what the public sees.
          return { status: 200 as const, body: view(principal, updated) };
        }),
      listFollowUps: ({ query }) =>
        read(async (tx) => {
          const where = defined({
            aspirationId: query.aspirationId,
            ownerOrganizationId: query.organizationId,
            status: query.status,
          });
          let items = await all<FollowUp>(tx, C.followUps, where);
          if (query.overdueAsOf !== undefined)
            items = listOverdue(items, { asOf: query.overdueAsOf, calendar }).flatMap((group) =>
              group.followUps.map((o) => o.followUp),
            );
          return paginate(items, query.page, query.limit);
        }),
      createFollowUp: ({ body, request, idempotencyKey }) =>
        onceCreated(context, request, key('createFollowUp', idempotencyKey), async (tx) => {
          const principal = context.principal(request);
          await actionable(tx, principal, body.aspirationId);
          if (principal.role !== 'admin' && body.ownerOrganizationId !== principal.organizationId)
            throw refuse(
              'ownerOrganizationId',
              'harus organisasi Anda sendiri.',
              'must be your own organization.',
              'not_your_organization',
            );
          if (await tx.get(C.followUps, body.id))
            throw problem(409, 'conflict', {
              id: `Tindak lanjut ${body.id} sudah ada.`,
              en: `Follow-up ${body.id} already exists.`,
            });
          const followUp = createFollowUp(body, { calendar });
          await tx.insert(C.followUps, followUp.id, followUp);
          return { status: 201 as const, body: followUp };
        }),
      updateFollowUp: ({ params, body, request }) =>
        read(async (tx) => {
          const principal = context.principal(request);
          const current = await tx.get<FollowUp>(C.followUps, params.followUpId, { forUpdate: true });
          if (
            !current ||
            (principal.role !== 'admin' && current.ownerOrganizationId !== principal.organizationId)
          )
            throw notFound(FOLLOW_UP, params.followUpId);
          let updated: FollowUp;
          try {
            updated = applyFollowUpUpdate(current, body);
          } catch (error) {
            if (isFollowUpConflict(error))
              throw problem(409, error.code, error.messages ?? { id: error.message, en: error.message });
            throw error;
          }
          await tx.update(C.followUps, updated.id, updated);
          return updated;
        }),
      getFigures: ({ query }) =>
        read(async (tx) => {
          const records = {
            aspirations: await all<Aspiration>(tx, C.aspirations),
            followUps: await all<FollowUp>(tx, C.followUps),
            sessions: await all<ForumSession>(tx, C.sessions),
          };
          // Records were written through the package's schemas: no need to validate them again.
          return computeFigures(figuresInputForSeries(records, query.seriesId), {
            groupBy: query.groupBy,
            asOf: query.asOf,
            percentileMethod: query.percentileMethod,
            calendar,
            validate: false,
          });
        }),
    } satisfies ReturnType<ServerModule<typeof forumContract>['implement']>;
  };

  return {
    name: 'forum',
    basePath: '/forum/v1',
    contract: forumContract,
    access: {
      listSeries: ANYONE,
      getSeries: ANYONE,
      listSessions: ANYONE,
      getSession: ANYONE,
      createSession: STAFF_ROLES,
      confirmSession: STAFF_ROLES,
      postponeSession: STAFF_ROLES,
      markSessionHeld: STAFF_ROLES,
      rescheduleSession: STAFF_ROLES,
      cancelSession: STAFF_ROLES,
      putAgenda: ADMIN_ONLY,
      putAttendance: ADMIN_ONLY,
      listAspirations: ANYONE,
      getAspiration: ANYONE,
      createAspiration: SUBMITTERS,
      addAnswer: STAFF_ROLES,
      reviewAspiration: STAFF_ROLES,
      rerouteAspiration: STAFF_ROLES,
      listFollowUps: ANYONE,
      createFollowUp: STAFF_ROLES,
      updateFollowUp: STAFF_ROLES,
      getFigures: ANYONE,
    },
    implement,
    seed: (tx, now) => seedForum(tx, now, { table, calendar }),
  };
}

/** The forum module with the sample KSB routing table. */
export const forumModule: ServerModule<typeof forumContract> = createForumModule();
