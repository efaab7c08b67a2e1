import * as z from 'zod';
import {
  type Contract,
  type ContractClient,
  createContractClient,
  defineContract,
  type HttpClient,
  type HttpClientOptions,
  LocalDate,
  type OpenApiDocument,
  type OpenApiServer,
  ProblemBody,
  toHttpClient,
  toOpenApi,
} from '@opengov-id/core';
import { AspirationReroute, AspirationReview } from '../aspiration/review.js';
import { Answer, Aspiration, AspirationStatus } from '../aspiration/schemas.js';
import { FiguresGroupBySchema, FiguresSchema, PercentileMethodSchema } from '../figures/schema.js';
import { FollowUpUpdate, NewFollowUp } from '../follow-up/operations.js';
import { FollowUp, FollowUpStatus } from '../follow-up/schemas.js';
import { ForumSeries } from '../series/schemas.js';
import {
  NewSession,
  SessionCancellation,
  SessionConfirmation,
  SessionHeld,
  SessionPostponement,
  SessionReschedule,
} from '../session/admin.js';
import { AgendaItem, Attendance, ForumSession, SessionStatus } from '../session/schemas.js';

/**
 * The error body of the forum API: a code and a message in Indonesian and English.
 *
 * @example
 * ```ts
 * ForumProblem.parse({ code: 'not_found', message: { id: 'Sesi tidak ditemukan.', en: 'Session not found.' } });
 * ```
 */
export const ForumProblem = ProblemBody;
/** An error body; see {@link ForumProblem}. */
export type ForumProblem = z.output<typeof ForumProblem>;

const page = {
  /** Page number, from 1. */
  page: z.int().min(1).default(1),
  /** Page size. */
  limit: z.int().min(1).max(100).default(20),
};
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.int(), total: z.int() });

const SeriesId = z.object({ seriesId: z.string().min(1) });
const SessionId = z.object({ sessionId: z.string().min(1) });
const AspirationId = z.object({ aspirationId: z.string().min(1) });
const FollowUpId = z.object({ followUpId: z.string().min(1) });

/**
 * The routes of the forum API as data (the argument of {@link forumContract}): method, path and
 * zod schemas per operation id.
 *
 * @example
 * ```ts
 * forumRoutes.getFigures.path; // => '/figures'
 * ```
 */
export const forumRoutes = {
  listSeries: {
    method: 'GET',
    path: '/series',
    summary: 'List forum series',
    tags: ['series'],
    responses: { 200: z.object({ items: z.array(ForumSeries) }) },
  },
  getSeries: {
    method: 'GET',
    path: '/series/:seriesId',
    summary: 'Get a forum series and its rules',
    tags: ['series'],
    params: SeriesId,
    responses: { 200: ForumSeries },
    errors: { 404: ForumProblem },
  },
  listSessions: {
    method: 'GET',
    path: '/sessions',
    summary: 'List sessions',
    tags: ['sessions'],
    query: z.object({
      seriesId: z.string().min(1).optional(),
      from: LocalDate.optional(),
      to: LocalDate.optional(),
      status: SessionStatus.optional(),
      zoneId: z.string().min(1).optional(),
      ...page,
    }),
    responses: { 200: pageOf(ForumSession) },
  },
  getSession: {
    method: 'GET',
    path: '/sessions/:sessionId',
    summary: 'Get a session',
    tags: ['sessions'],
    params: SessionId,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem },
  },
  createSession: {
    method: 'POST',
    path: '/sessions',
    summary: 'Schedule a session of a series or a one-off session',
    description:
      "For an officer or admin of the organizing office. Date and times are read in the series' time zone (WITA for a one-off session); the change history starts with who (role and organization) and when. A retry with the same Idempotency-Key returns the first record with 200; another session with the same id is a 409.",
    tags: ['sessions'],
    body: NewSession,
    idempotent: true,
    responses: { 201: ForumSession, 200: ForumSession },
    errors: { 409: ForumProblem },
  },
  confirmSession: {
    method: 'POST',
    path: '/sessions/:sessionId/confirm',
    summary: 'Confirm a tentative session, publishing it',
    description:
      'Tentative becomes confirmed; who, when and the note are kept in its history. 409 when the session is not tentative (a postponed one is confirmed again by a reschedule, with its new date).',
    tags: ['sessions'],
    params: SessionId,
    body: SessionConfirmation,
    idempotent: true,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  postponeSession: {
    method: 'POST',
    path: '/sessions/:sessionId/postpone',
    summary: 'Postpone a confirmed session to a date not yet set, with the reason',
    description:
      'Confirmed becomes postponed; the reason, who and when are kept in its history. Reschedule it to confirm it again. 409 when the session is not confirmed.',
    tags: ['sessions'],
    params: SessionId,
    body: SessionPostponement,
    idempotent: true,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  markSessionHeld: {
    method: 'POST',
    path: '/sessions/:sessionId/held',
    summary: 'Record that a confirmed session took place',
    description:
      'Confirmed becomes held (final), once its start has passed; only held sessions count in the figures. Who, when and the note are kept in its history. 409 when the session is not confirmed or has not started yet.',
    tags: ['sessions'],
    params: SessionId,
    body: SessionHeld,
    idempotent: true,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  rescheduleSession: {
    method: 'POST',
    path: '/sessions/:sessionId/reschedule',
    summary: 'Move a session to a new date, time or place, with the reason',
    description:
      'The old date, time and place, the reason, who and when are kept in its history. 409 when the session already took place or is cancelled.',
    tags: ['sessions'],
    params: SessionId,
    body: SessionReschedule,
    idempotent: true,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  cancelSession: {
    method: 'POST',
    path: '/sessions/:sessionId/cancel',
    summary: 'Cancel a session, with the reason',
    description:
      'The reason, who and when are kept in its history. 409 when it already took place or is cancelled.',
    tags: ['sessions'],
    params: SessionId,
    body: SessionCancellation,
    idempotent: true,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  putAgenda: {
    method: 'PUT',
    path: '/sessions/:sessionId/agenda',
    summary: 'Replace the agenda of a session',
    tags: ['sessions'],
    params: SessionId,
    body: z.array(AgendaItem),
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem },
  },
  putAttendance: {
    method: 'PUT',
    path: '/sessions/:sessionId/attendance',
    summary: 'Record the attendance of a session',
    tags: ['sessions'],
    params: SessionId,
    body: Attendance,
    responses: { 200: ForumSession },
    errors: { 404: ForumProblem },
  },
  listAspirations: {
    method: 'GET',
    path: '/aspirations',
    summary: 'List aspirations',
    tags: ['aspirations'],
    query: z.object({
      sessionId: z.string().min(1).optional(),
      status: AspirationStatus.optional(),
      sector: z.string().min(1).optional(),
      organizationId: z.string().min(1).optional(),
      ...page,
    }),
    responses: { 200: pageOf(Aspiration) },
  },
  getAspiration: {
    method: 'GET',
    path: '/aspirations/:aspirationId',
    summary: 'Get an aspiration with its answers',
    tags: ['aspirations'],
    params: AspirationId,
    responses: { 200: Aspiration },
    errors: { 404: ForumProblem },
  },
  createAspiration: {
    method: 'POST',
    path: '/aspirations',
    summary: 'Record an aspiration',
    description:
      'A retry with the same Idempotency-Key returns the first record with 200. A NIK is stored masked.',
    tags: ['aspirations'],
    body: Aspiration,
    idempotent: true,
    responses: { 201: Aspiration, 200: Aspiration },
    errors: { 409: ForumProblem },
  },
  addAnswer: {
    method: 'POST',
    path: '/aspirations/:aspirationId/answers',
    summary: 'Add an answer to an aspiration',
    tags: ['aspirations'],
    params: AspirationId,
    body: Answer,
    responses: { 200: Aspiration },
    errors: { 404: ForumProblem },
  },
  reviewAspiration: {
    method: 'POST',
    path: '/aspirations/:aspirationId/review',
    summary: 'Verify an aspiration, or dispose of it with a reason',
    description:
      'Verify: `diterima` becomes `diverifikasi`. Dispose (duplicate, out of scope, ...): it becomes `ditolak`. The decision, who and when are kept in its history; 409 when its status does not allow it.',
    tags: ['aspirations'],
    params: AspirationId,
    body: AspirationReview,
    idempotent: true,
    responses: { 200: Aspiration },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  rerouteAspiration: {
    method: 'POST',
    path: '/aspirations/:aspirationId/reroute',
    summary: 'Reroute an aspiration to another office, with the reason',
    description:
      'The assignment before and after, the reason, who and when are kept in its history (the routing history); 409 when it is done, rejected or transferred.',
    tags: ['aspirations'],
    params: AspirationId,
    body: AspirationReroute,
    idempotent: true,
    responses: { 200: Aspiration },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  listFollowUps: {
    method: 'GET',
    path: '/follow-ups',
    summary: 'List follow-ups',
    description: 'With `overdueAsOf`, only follow-ups still open after their due date on that day.',
    tags: ['follow-ups'],
    query: z.object({
      aspirationId: z.string().min(1).optional(),
      organizationId: z.string().min(1).optional(),
      status: FollowUpStatus.optional(),
      overdueAsOf: LocalDate.optional(),
      ...page,
    }),
    responses: { 200: pageOf(FollowUp) },
  },
  createFollowUp: {
    method: 'POST',
    path: '/follow-ups',
    summary: 'Create a follow-up with its due date',
    description:
      'A retry with the same Idempotency-Key returns the first record with 200; another follow-up with the same id is a 409.',
    tags: ['follow-ups'],
    body: NewFollowUp,
    idempotent: true,
    responses: { 201: FollowUp, 200: FollowUp },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  updateFollowUp: {
    method: 'POST',
    path: '/follow-ups/:followUpId/updates',
    summary: 'Add a timeline entry (progress, evidence, complete, cancel, reopen)',
    tags: ['follow-ups'],
    params: FollowUpId,
    body: FollowUpUpdate,
    responses: { 200: FollowUp },
    errors: { 404: ForumProblem, 409: ForumProblem },
  },
  getFigures: {
    method: 'GET',
    path: '/figures',
    summary: 'Accountability figures (OGP IDWSB0007)',
    tags: ['figures'],
    query: z.object({
      groupBy: FiguresGroupBySchema,
      asOf: LocalDate,
      seriesId: z.string().min(1).optional(),
      percentileMethod: PercentileMethodSchema.default('linear'),
    }),
    responses: { 200: FiguresSchema },
  },
} as const;

/** The routes of the forum API; see {@link forumContract}. */
export type ForumRoutes = typeof forumRoutes;

/**
 * Our forum API as a contract (core's `defineContract`): series, sessions, agenda,
 * attendance, aspirations and answers, follow-ups and figures. The typed client
 * ({@link createForumClient}), the msw handlers (`@opengov-id/forum/testing`) and the OpenAPI
 * document ({@link forumOpenApi}) all derive from it.
 *
 * @example
 * ```ts
 * forumContract.routes.getSession.path; // => '/sessions/:sessionId'
 * ```
 */
export const forumContract: Contract<ForumRoutes> = defineContract(forumRoutes);

/**
 * The typed client of a forum API: one method per route of {@link forumContract}, requests
 * validated before they are sent, responses parsed with the route's schema. Give it core's
 * {@link @opengov-id/core!index.HttpClient} or the options to make one, as the other packages'
 * clients take.
 *
 * @example
 * ```ts
 * const forum = createForumClient({ baseUrl: 'https://forum.sumbawabaratkab.go.id/api/v1' });
 * const overdue = await forum.listFollowUps({ query: { overdueAsOf: '2026-02-02' } });
 * const figures = await forum.getFigures({ query: { groupBy: 'zone', asOf: '2026-06-30' } });
 * ```
 */
export function createForumClient(http: HttpClient | HttpClientOptions): ForumClient {
  return createContractClient(forumContract, toHttpClient(http));
}

/** The client type returned by {@link createForumClient}: one method per route of {@link forumRoutes}. */
export type ForumClient = ContractClient<Contract<ForumRoutes>>;

/**
 * The OpenAPI 3.1 document of {@link forumContract}.
 *
 * @example
 * ```ts
 * const doc = forumOpenApi({ servers: [{ url: 'https://forum.sumbawabaratkab.go.id/api/v1' }] });
 * doc.paths['/sessions']?.get?.operationId; // => 'listSessions'
 * ```
 */
export function forumOpenApi(
  info: { version?: string; servers?: ReadonlyArray<string | OpenApiServer> } = {},
): OpenApiDocument {
  return toOpenApi(forumContract, {
    title: 'OGP Local forum API (Forum YASINAN)',
    version: info.version ?? '0.1.0',
    description: 'Series, sessions, aspirations, follow-ups and accountability figures (OGP IDWSB0007).',
    ...(info.servers ? { servers: info.servers } : {}),
  });
}
