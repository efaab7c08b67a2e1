import {
  type Actor,
  type CareContract,
  careContract,
  ikmResultsBody,
  IKM_UNSUR,
  type IkmResponse,
  IllegalTransitionError,
  isPublishable,
  Report,
  type ReportAction,
  TransitionForbiddenError,
  toPublicReport,
  toPublicReports,
  transition,
} from '@opengov-id/care';
import { toZonedIso, ValidationError } from '@opengov-id/core';
import { ContractHttpError, type ContractImplementation } from '@opengov-id/core/server';
import { ANYONE, type ModuleContext, type Principal, type ServerModule, STAFF } from '../module.js';
import { SAMPLE_ORGANIZATIONS } from '../sample.js';
import type { ListQuery, StoreTx } from '../store/types.js';

/** The collections and sequences of the care module. */
export const CARE_COLLECTIONS = { reports: 'care_reports', ikm: 'care_ikm' } as const;

/**
 * A report as stored: the care model itself, plus what the server indexes it by. The index
 * fields are recomputed from the report with care's own rules on every write, so filters in
 * SQL agree with `isPublishable` and the current assignment.
 */
export interface StoredReport {
  readonly report: Report;
  /** The token id of the reporter who submitted it; `null` for a public (token-less) submission. */
  readonly owner: string | null;
  /** The organization the report is currently assigned to (the last disposisi). */
  readonly assignedTo: string | null;
  /** `isPublishable(report)`: approved, not rahasia, not whistleblowing. */
  readonly publishable: boolean;
}

/** The stored form of a report, with its index fields computed from care's rules. */
export function storedReport(report: Report, owner: string | null): StoredReport {
  return {
    report,
    owner,
    assignedTo: report.assignments.at(-1)?.organizationId ?? null,
    publishable: isPublishable(report),
  };
}

type Problem = { id: string; en: string };
const problem = (status: 403 | 404 | 409, code: string, message: Problem, allowed?: readonly string[]) =>
  new ContractHttpError(status, allowed ? { code, message, allowed: [...allowed] } : { code, message });

const notFound = (id: string) =>
  problem(404, 'not_found', { id: `Laporan ${id} tidak ditemukan.`, en: `Report ${id} not found.` });

/** Whether `principal` may see a stored report at all (row-level rule). */
function visibleTo(principal: Principal, stored: StoredReport): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'officer':
      return principal.organizationId !== undefined && stored.assignedTo === principal.organizationId;
    case 'reporter':
      return principal.tokenId !== undefined && stored.owner === principal.tokenId;
    default:
      return false;
  }
}

/** The same rule as a list filter. */
function visibleWhere(principal: Principal): ListQuery['where'] {
  switch (principal.role) {
    case 'admin':
      return {};
    case 'officer':
      return { assignedTo: principal.organizationId ?? '' };
    case 'reporter':
      return { owner: principal.tokenId ?? '' };
    default:
      // No row matches a null owner and a null assignee at once: nothing.
      return { owner: '', assignedTo: '' };
  }
}

const ROLE_AS_ACTOR = { admin: 'admin', officer: 'penghubung', reporter: 'pelapor' } as const;

/**
 * Who acted, from the token and never from the body alone: the body's `actor` must agree with
 * the token (its role, and an officer's organization), and the recorded actor carries the
 * token's id and organization.
 */
function actorFor(principal: Principal, claimed: Actor): Actor {
  const role =
    principal.role in ROLE_AS_ACTOR ? ROLE_AS_ACTOR[principal.role as keyof typeof ROLE_AS_ACTOR] : null;
  const mismatch =
    role === null ||
    claimed.role !== role ||
    (claimed.organizationId !== undefined && claimed.organizationId !== principal.organizationId);
  if (mismatch)
    throw problem(403, 'actor_mismatch', {
      id: 'Kolom `actor` tidak sesuai dengan token: peran dan instansi harus milik pemegang token.',
      en: "Field `actor` does not match the token: the role and organization must be the token holder's.",
    });
  return {
    role,
    id: principal.tokenId ?? 'unknown',
    ...(principal.organizationId === undefined ? {} : { organizationId: principal.organizationId }),
  };
}

/** A fingerprint of a request body, so a replayed key only ever returns what its sender sent. */
async function fingerprint(value: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const IKM_CODES = new Set(IKM_UNSUR.map((u) => u.code));

function checkIkmAnswers(answers: Record<string, number>): void {
  const codes = Object.keys(answers);
  if (codes.length === 0)
    throw ValidationError.single(
      'body.answers',
      {
        id: 'Kolom `body.answers` wajib berisi paling sedikit satu jawaban.',
        en: 'Field `body.answers` needs at least one answer.',
      },
      'no_answers',
    );
  for (const code of codes)
    if (!IKM_CODES.has(code))
      throw ValidationError.single(
        `body.answers.${code}`,
        {
          id: `Kolom \`body.answers.${code}\` bukan unsur IKM (U1–U9, PermenPAN-RB 14/2017).`,
          en: `Field \`body.answers.${code}\` is not an IKM unsur (U1–U9, PermenPAN-RB 14/2017).`,
        },
        'unknown_unsur',
      );
}

type Replayed<T> = T extends { status: number; body: infer B } ? B : T;

function implement(context: ModuleContext): ContractImplementation<CareContract> {
  const { reports, ikm } = CARE_COLLECTIONS;
  // A replay is the first answer's body as stored JSON: the same shape as the first answer.
  const once = <T>(request: Request, key: string | undefined, work: (tx: StoreTx) => Promise<T>) =>
    context.once(request, key, work) as Promise<T | { status: 200; body: Replayed<T> }>;
  const read = async (tx: StoreTx, principal: Principal, id: string, forUpdate = false) => {
    const stored = await tx.get<StoredReport>(reports, id, { forUpdate });
    if (!stored || !visibleTo(principal, stored)) throw notFound(id);
    return stored;
  };

  /** Applies one lifecycle action through care's `transition`, once per idempotency key. */
  const act = (
    request: Request,
    id: string,
    idempotencyKey: string | undefined,
    claimed: Actor,
    action: ReportAction,
  ) => {
    const principal = context.principal(request);
    const actor = actorFor(principal, claimed);
    return once(request, idempotencyKey, async (tx) => {
      const stored = await read(tx, principal, id, true);
      let next: Report;
      try {
        next = transition(stored.report, action, actor, { at: context.now() });
      } catch (error) {
        if (error instanceof IllegalTransitionError)
          throw problem(
            409,
            error.code,
            error.messages ?? { id: error.message, en: error.message },
            error.allowed,
          );
        if (error instanceof TransitionForbiddenError)
          throw problem(403, error.code, error.messages ?? { id: error.message, en: error.message });
        throw error;
      }
      await tx.update(reports, id, storedReport(next, stored.owner));
      return next;
    });
  };
  const text = (body: { text: string; public?: boolean | undefined }) => ({
    text: body.text,
    ...(body.public === undefined ? {} : { public: body.public }),
  });

  return {
    submitReport: async ({ body, idempotencyKey, request }) => {
      const principal = context.principal(request);
      // Public callers share one idempotency scope: bind the key to the body, so a replay
      // never hands someone else's report (and its reporter) to whoever guessed the key.
      const key =
        idempotencyKey === undefined || principal.tokenId !== undefined
          ? idempotencyKey
          : `${await fingerprint(body)}:${idempotencyKey}`;
      return once(request, key, async (tx) => {
        const now = context.now();
        const year = toZonedIso(now).slice(0, 4);
        const n = await tx.nextSequence(`care_reports_${year}`);
        // Only staff (an intake desk keying in a letter) may backdate the receipt.
        const staff = principal.role === 'admin' || principal.role === 'officer';
        const report = Report.parse({
          ...body,
          id: `NTB-${year}-${String(n).padStart(6, '0')}`,
          receivedAt: staff && body.receivedAt !== undefined ? body.receivedAt : toZonedIso(now),
        });
        await tx.insert(reports, report.id, storedReport(report, principal.tokenId ?? null));
        return { status: 201 as const, body: report };
      });
    },

    getReport: ({ params, request }) =>
      context.store.transaction(async (tx) => (await read(tx, context.principal(request), params.id)).report),

    listReports: ({ query, request }) =>
      context.store.transaction(async (tx) => {
        const where: Record<string, string | string[]> = {
          ...visibleWhere(context.principal(request)),
        } as Record<string, string | string[]>;
        if (query.status !== undefined) where['report.status'] = query.status;
        if (query.type !== undefined) where['report.type'] = query.type;
        if (query.channel !== undefined) where['report.channel'] = query.channel;
        if (query.category !== undefined) where['report.category'] = query.category;
        if (query.priority !== undefined) where['report.priority'] = query.priority;
        const page = await tx.list<StoredReport>(reports, {
          where,
          ...(query.regionCode === undefined
            ? {}
            : { prefix: { 'report.location.regionCode': query.regionCode } }),
          offset: (query.page - 1) * query.limit,
          limit: query.limit,
        });
        return { items: page.items.map((s) => s.report), page: query.page, total: page.total };
      }),

    listPublicReports: ({ query }) =>
      context.store.transaction(async (tx) => {
        const where: Record<string, string | boolean | string[]> = { publishable: true };
        if (query.status !== undefined) where['report.status'] = query.status;
        if (query.category !== undefined) where['report.category'] = query.category;
        const page = await tx.list<StoredReport>(reports, {
          where,
          ...(query.regionCode === undefined
            ? {}
            : { prefix: { 'report.location.regionCode': query.regionCode } }),
          offset: (query.page - 1) * query.limit,
          limit: query.limit,
        });
        // The index says publishable; toPublicReports decides again from the report itself.
        return {
          items: toPublicReports(page.items.map((s) => s.report)),
          page: query.page,
          total: page.total,
        };
      }),

    getPublicReport: ({ params }) =>
      context.store.transaction(async (tx) => {
        const stored = await tx.get<StoredReport>(reports, params.id);
        // Not publishable reads as not found: a rahasia report's existence is not public either.
        const pub = stored === undefined ? null : toPublicReport(stored.report);
        if (pub === null) throw notFound(params.id);
        return pub;
      }),

    transitionReport: ({ params, body, idempotencyKey, request }) =>
      act(request, params.id, idempotencyKey, body.actor, body.action as ReportAction),

    addResponse: ({ params, body, idempotencyKey, request }) =>
      act(request, params.id, idempotencyKey, body.actor, { type: 'jawab', response: text(body) }),

    addFollowUp: ({ params, body, idempotencyKey, request }) =>
      act(request, params.id, idempotencyKey, body.actor, { type: 'tindak_lanjuti', followUp: text(body) }),

    giveFeedback: ({ params, body, idempotencyKey, request }) => {
      const { actor, ...feedback } = body;
      return act(request, params.id, idempotencyKey, actor, { type: 'tanggapi', feedback });
    },

    submitIkmSurvey: ({ body, idempotencyKey, request }) => {
      checkIkmAnswers(body.answers);
      return once(request, idempotencyKey, async (tx) => {
        const id = `IKM-${await tx.nextSequence(ikm)}`;
        const response: IkmResponse =
          body.unit === undefined ? { answers: body.answers } : { unit: body.unit, answers: body.answers };
        await tx.insert(ikm, id, response);
        return { status: 201 as const, body: { id } };
      });
    },

    getIkmResults: ({ query }) =>
      context.store.transaction(async (tx) => {
        const { items } = await tx.list<IkmResponse>(
          ikm,
          query.unit === undefined ? {} : { where: { unit: query.unit } },
        );
        return ikmResultsBody(items, { population: query.population });
      }),
  };
}

const SAMPLE_ADMIN: Actor = { role: 'admin', id: 'contoh-admin' };

/** Sample reports: every title says CONTOH, every reporter is fictional. */
async function seed(tx: StoreTx, now: Date): Promise<void> {
  const at = toZonedIso(now);
  const year = at.slice(0, 4);
  const base = {
    type: 'layanan_publik',
    classification: 'pengaduan',
    channel: 'web',
    category: 'infrastruktur',
    receivedAt: at,
  } as const;
  type Draft = Record<string, unknown> & {
    assign?: (typeof SAMPLE_ORGANIZATIONS)[keyof typeof SAMPLE_ORGANIZATIONS];
  };
  const drafts: Draft[] = [
    {
      ...base,
      title: '[CONTOH] Jalan berlubang di Taliwang',
      description: 'Data contoh: lubang besar di jalan kabupaten dekat pasar, membahayakan pengendara.',
      location: { regionCode: '52.07.02', address: 'Jl. Contoh No. 1, Taliwang' },
      reporter: { name: 'Warga Contoh Satu' },
      assign: SAMPLE_ORGANIZATIONS.pupr,
    },
    {
      ...base,
      title: '[CONTOH] Lampu jalan padam (anonim)',
      description: 'Data contoh: lampu jalan padam sepekan; pelapor meminta namanya tidak ditampilkan.',
      location: { regionCode: '52.07.02' },
      reporter: { name: 'Warga Contoh Dua' },
      anonim: true,
      assign: SAMPLE_ORGANIZATIONS.pupr,
    },
    {
      ...base,
      title: '[CONTOH] Atap ruang kelas bocor',
      description: 'Data contoh: atap ruang kelas SD contoh bocor setiap hujan.',
      category: 'pendidikan',
      location: { regionCode: '52.07.01' },
      reporter: { name: 'Warga Contoh Tiga' },
      assign: SAMPLE_ORGANIZATIONS.dikbud,
    },
    {
      ...base,
      title: '[CONTOH] Laporan rahasia',
      description: 'Data contoh: laporan rahasia yang tidak boleh tampil di halaman publik.',
      location: { regionCode: '52.07.02' },
      reporter: { name: 'Warga Contoh Empat' },
      rahasia: true,
      assign: SAMPLE_ORGANIZATIONS.pupr,
    },
    {
      ...base,
      title: '[CONTOH] Saluran air tersumbat',
      description: 'Data contoh: saluran air tersumbat, belum diverifikasi admin.',
      location: { regionCode: '52.07.03' },
      reporter: { name: 'Warga Contoh Lima' },
    },
  ];
  for (const { assign, ...draft } of drafts) {
    const n = await tx.nextSequence(`care_reports_${year}`);
    let report = Report.parse({ ...draft, id: `NTB-${year}-${String(n).padStart(6, '0')}` });
    if (assign) report = transition(report, { type: 'verifikasi', assignTo: assign }, SAMPLE_ADMIN, { at });
    await tx.insert(CARE_COLLECTIONS.reports, report.id, storedReport(report, null));
  }
}

/**
 * The care API (NTB Care / SP4N-LAPOR! complaints) on the server's store. Anyone may submit a
 * report (anonim and rahasia ones too) and read the public feed; staff read and act on reports,
 * an officer only on those assigned to their OPD; a reporter reads their own reports and gives
 * feedback on them. Every lifecycle step goes through care's `transition`.
 */
export const careModule: ServerModule<CareContract> = {
  name: 'care',
  basePath: '/care/v1',
  contract: careContract,
  access: {
    submitReport: ANYONE,
    getReport: ['reporter', ...STAFF],
    listReports: ['reporter', ...STAFF],
    listPublicReports: ANYONE,
    getPublicReport: ANYONE,
    transitionReport: STAFF,
    addResponse: STAFF,
    addFollowUp: STAFF,
    giveFeedback: ['reporter'],
    submitIkmSurvey: ANYONE,
    getIkmResults: ANYONE,
  },
  implement,
  seed,
};
