import {
  type ContractClient,
  createContractClient,
  defineContract,
  type HttpClient,
  type HttpClientOptions,
  type OpenApiDocument,
  ProblemBody,
  toHttpClient,
  toOpenApi,
} from '@opengov-id/core';
import * as z from 'zod';
import { computeIkm, type IkmMutu, type IkmResponse } from '../ikm/ikm.js';
import type { NtbCareLabel } from '../lifecycle/mappings.js';
import { LAPOR_CLASSIFICATION_VALUES, PRIORITY_VALUES, REPORT_TYPE_VALUES } from '../model/labels.js';
import {
  Actor,
  Assignment,
  Channel,
  Report,
  ReportStatus,
  reportObject,
  StatusReason,
} from '../model/report.js';
import type { PublicReport as PublicReportShape } from '../privacy/public.js';

type Def = { type: string; [key: string]: unknown };
type Cloneable = z.ZodType & { clone(def: Def, params: { parent: true }): z.ZodType };

/**
 * A copy of a request body schema that refuses unknown keys at every level of objects, arrays,
 * unions and optional/default wrappers (an unknown field is far more often a typo or a probe
 * than data worth dropping silently). Checks and descriptions are kept.
 */
function strictBody<T extends z.ZodType>(schema: T): T {
  const def = schema._zod.def as unknown as Def;
  const copy = (next: Def) => (schema as unknown as Cloneable).clone(next, { parent: true }) as unknown as T;
  switch (def.type) {
    case 'object': {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, value] of Object.entries(def['shape'] as Record<string, z.ZodType>))
        shape[key] = strictBody(value);
      return copy({ ...def, shape, catchall: z.never() });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return copy({ ...def, innerType: strictBody(def['innerType'] as z.ZodType) });
    case 'array':
      return copy({ ...def, element: strictBody(def['element'] as z.ZodType) });
    case 'union':
      return copy({ ...def, options: (def['options'] as z.ZodType[]).map((o) => strictBody(o)) });
    case 'record':
      return copy({ ...def, valueType: strictBody(def['valueType'] as z.ZodType) });
    default:
      return schema;
  }
}

/**
 * The error body of the care API: a code and a message in both languages.
 *
 * @example
 * ```ts
 * CareProblem.parse({ code: 'not_found', message: { id: 'Laporan tidak ditemukan.', en: 'Report not found.' } });
 * ```
 */
export const CareProblem = /* @__PURE__ */ ProblemBody.extend({
  /** On 409: the lifecycle actions allowed from the report's state. */
  allowed: z.array(z.string()).optional(),
});

/**
 * A new report as submitted by an app, the web form or an intake gateway: the server assigns
 * the id, the state and the timestamps. Unknown fields are refused (400) at every level.
 *
 * @example
 * ```ts
 * NewReport.parse({ type: 'layanan_publik', classification: 'pengaduan', channel: 'app', title: 'Lampu padam', description: 'Lampu jalan padam seminggu.', category: 'infrastruktur', location: { regionCode: '52.07.02' } });
 * ```
 */
export const NewReport = /* @__PURE__ */ strictBody(
  reportObject()
    .omit({
      id: true,
      status: true,
      statusReason: true,
      updatedAt: true,
      assignments: true,
      responses: true,
      followUps: true,
      feedback: true,
      history: true,
    })
    .extend({ receivedAt: z.iso.datetime({ offset: true }).optional() }),
);

/**
 * A parsed new report (the output of {@link NewReport}), as {@link draftToNewReport} gives it.
 *
 * @example
 * ```ts
 * function titleOf(body: NewReport): string { return body.title; }
 * ```
 */
export type NewReport = z.output<typeof NewReport>;

const AssignTo = Assignment.omit({ assignedAt: true, assignedBy: true });

/**
 * An action on a report, as sent over the wire (see `transition`). Unknown fields are refused.
 *
 * @example
 * ```ts
 * ReportActionBody.parse({ type: 'tunda', reason: { code: 'lainnya', note: 'Menunggu data' } });
 * ```
 */
export const ReportActionBody = /* @__PURE__ */ strictBody(
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('verifikasi'),
      assignTo: AssignTo,
      classification: z.enum(LAPOR_CLASSIFICATION_VALUES).optional(),
      anonim: z.boolean().optional(),
      rahasia: z.boolean().optional(),
    }),
    z.object({ type: z.literal('tunda'), reason: StatusReason.optional() }),
    z.object({ type: z.literal('bukan_wewenang'), reason: StatusReason.optional() }),
    z.object({ type: z.literal('arsipkan'), reason: StatusReason }),
    z.object({ type: z.literal('tolak'), reason: StatusReason }),
    z.object({ type: z.literal('alihkan'), assignTo: AssignTo }),
    z.object({ type: z.literal('kembalikan'), reason: StatusReason.optional() }),
    z.object({
      type: z.literal('tindak_lanjuti'),
      followUp: z.object({ text: z.string().min(1).max(4000), public: z.boolean().optional() }),
    }),
    z.object({
      type: z.literal('jawab'),
      response: z.object({ text: z.string().min(1).max(4000), public: z.boolean().optional() }),
    }),
    z.object({
      type: z.literal('tanggapi'),
      feedback: z.object({
        satisfied: z.boolean(),
        rating: z.number().int().min(1).max(5).optional(),
        comment: z.string().max(2000).optional(),
      }),
    }),
    z.object({ type: z.literal('tutup_otomatis') }),
  ]),
);

const ById = z.object({ id: z.string().min(1).describe('Nomor laporan · Report id') });
const Text = strictBody(
  z.object({
    text: z.string().trim().min(1).max(4000),
    public: z.boolean().optional(),
    actor: Actor,
  }),
);
const Answers = z.record(z.string(), z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]));
const IkmSummaryBody = z.object({
  respondents: z.number().int(),
  index: z.number(),
  ikm: z.number(),
  ikmRounded: z.number(),
  mutu: z.enum({
    /** Sangat baik (very good). */
    A: 'A',
    /** Baik (good). */
    B: 'B',
    /** Kurang baik (fair). */
    C: 'C',
    /** Tidak baik (poor). */
    D: 'D',
  } as const satisfies { readonly [K in IkmMutu]: K }),
  perUnsur: z.array(z.object({ code: z.string(), n: z.number().int(), nrr: z.number().nullable() })),
});

const NTB_CARE_LABEL_VALUES = {
  /** Approved and published. */
  disetujui: 'disetujui',
  /** Being handled. */
  diproses: 'diproses',
  /** Rejected. */
  ditolak: 'ditolak',
  /** Completed. */
  selesai: 'selesai',
} as const satisfies { readonly [K in NtbCareLabel]: K };

/**
 * A report as the public may see it, on the wire: the output of `toPublicReport` (no NIK, phone,
 * e-mail or account id; no reporter name when anonim; never a `rahasia` or whistleblowing report).
 *
 * @example
 * ```ts
 * const care = createCareClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' });
 * const feed = await care.listPublicReports({ query: { regionCode: '52.07' } });
 * feed.items.every((r) => PublicReportBody.safeParse(r).success); // => true
 * ```
 */
export const PublicReportBody = z.object({
  id: z.string(),
  type: z.enum(REPORT_TYPE_VALUES),
  classification: z.enum(LAPOR_CLASSIFICATION_VALUES),
  channel: Channel,
  title: z.string(),
  description: z.string(),
  category: z.string(),
  subcategory: z.string().nullable(),
  priority: z.enum(PRIORITY_VALUES),
  location: z.object({
    regionCode: z.string().nullable(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  }),
  status: ReportStatus,
  label: z.enum(NTB_CARE_LABEL_VALUES).nullable().describe('Label publik NTB Care · NTB Care public label'),
  receivedAt: z.string(),
  updatedAt: z.string().nullable(),
  reporterName: z.string().nullable().describe('null bila anonim · null when anonymous'),
  assignedTo: z.array(z.string()),
  responses: z.array(z.object({ at: z.string(), organizationId: z.string().nullable(), text: z.string() })),
  followUps: z.array(z.object({ at: z.string(), text: z.string() })),
  feedback: z.object({ satisfied: z.boolean(), rating: z.number().nullable() }).nullable(),
  attachments: z.array(z.object({ kind: z.string(), url: z.string() })),
});

// The wire schema and the serializer's type must stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const samePublicReport: Same<z.output<typeof PublicReportBody>, PublicReportShape> = true;
void samePublicReport;

/**
 * The care API as a contract (core's contract machinery): reports, their lifecycle, answers,
 * follow-ups, feedback and the IKM survey. Every POST is idempotent: the client sends an
 * `Idempotency-Key`, and a server that sees a key again returns the first result (200) instead
 * of creating a second report.
 *
 * @example
 * ```ts
 * const doc = toOpenApi(careContract, { title: 'NTB Care API', version: '1.0.0' });
 * ```
 */
export const careContract = /* @__PURE__ */ defineContract({
  submitReport: {
    method: 'POST',
    path: '/reports',
    summary: 'Kirim laporan · Submit a report',
    description: 'A retry with the same Idempotency-Key returns the first report with 200.',
    tags: ['reports'],
    body: NewReport,
    idempotent: true,
    responses: { 201: Report, 200: Report },
    errors: { 409: CareProblem },
  },
  getReport: {
    method: 'GET',
    path: '/reports/:id',
    summary: 'Ambil laporan · Get a report',
    tags: ['reports'],
    params: ById,
    responses: { 200: Report },
    errors: { 404: CareProblem },
  },
  listReports: {
    method: 'GET',
    path: '/reports',
    summary: 'Daftar laporan · List reports',
    tags: ['reports'],
    query: z.object({
      status: z.array(ReportStatus).optional(),
      type: z.enum(REPORT_TYPE_VALUES).optional(),
      channel: Channel.optional(),
      category: z.string().optional(),
      priority: z.enum(PRIORITY_VALUES).optional(),
      regionCode: z.string().optional().describe('Prefix: 52.07 matches every report in KSB'),
      page: z.number().int().min(1).default(1),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    responses: { 200: z.object({ items: z.array(Report), page: z.number().int(), total: z.number().int() }) },
  },
  listPublicReports: {
    method: 'GET',
    path: '/public/reports',
    summary: 'Laporan publik · Public reports',
    description:
      'Only publishable reports (approved; never rahasia or whistleblowing), through toPublicReport: no NIK, phone or e-mail, no reporter name when anonim, only public answers and follow-ups.',
    tags: ['public'],
    query: z.object({
      status: z.array(ReportStatus).optional(),
      category: z.string().optional(),
      regionCode: z.string().optional().describe('Prefix: 52.07 matches every report in KSB'),
      page: z.number().int().min(1).default(1),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    responses: {
      200: z.object({ items: z.array(PublicReportBody), page: z.number().int(), total: z.number().int() }),
    },
  },
  getPublicReport: {
    method: 'GET',
    path: '/public/reports/:id',
    summary: 'Laporan publik · A public report',
    description: 'A report that is not publishable (rahasia, whistleblowing, not yet approved) is a 404.',
    tags: ['public'],
    params: ById,
    responses: { 200: PublicReportBody },
    errors: { 404: CareProblem },
  },
  transitionReport: {
    method: 'POST',
    path: '/reports/:id/transitions',
    summary: 'Ubah status · Apply a lifecycle action',
    tags: ['lifecycle'],
    params: ById,
    body: strictBody(z.object({ action: ReportActionBody, actor: Actor })),
    idempotent: true,
    responses: { 200: Report },
    errors: { 403: CareProblem, 404: CareProblem, 409: CareProblem },
  },
  addResponse: {
    method: 'POST',
    path: '/reports/:id/responses',
    summary: 'Jawab pelapor · Answer the reporter',
    tags: ['lifecycle'],
    params: ById,
    body: Text,
    idempotent: true,
    responses: { 200: Report },
    errors: { 403: CareProblem, 404: CareProblem, 409: CareProblem },
  },
  addFollowUp: {
    method: 'POST',
    path: '/reports/:id/follow-ups',
    summary: 'Catat tindak lanjut · Record a follow-up',
    tags: ['lifecycle'],
    params: ById,
    body: Text,
    idempotent: true,
    responses: { 200: Report },
    errors: { 403: CareProblem, 404: CareProblem, 409: CareProblem },
  },
  giveFeedback: {
    method: 'POST',
    path: '/reports/:id/feedback',
    summary: 'Tanggapan pelapor · Reporter feedback',
    tags: ['lifecycle'],
    params: ById,
    body: strictBody(
      z.object({
        satisfied: z.boolean(),
        rating: z.number().int().min(1).max(5).optional(),
        comment: z.string().max(2000).optional(),
        actor: Actor,
      }),
    ),
    idempotent: true,
    responses: { 200: Report },
    errors: { 403: CareProblem, 404: CareProblem, 409: CareProblem },
  },
  submitIkmSurvey: {
    method: 'POST',
    path: '/ikm/responses',
    summary: 'Kirim survei IKM · Submit an IKM survey response',
    tags: ['ikm'],
    body: strictBody(z.object({ unit: z.string().min(1).optional(), answers: Answers })),
    idempotent: true,
    responses: { 201: z.object({ id: z.string() }), 200: z.object({ id: z.string() }) },
  },
  getIkmResults: {
    method: 'GET',
    path: '/ikm/results',
    summary: 'Hasil IKM · IKM results',
    tags: ['ikm'],
    query: z.object({ unit: z.string().optional(), population: z.number().int().min(1).optional() }),
    responses: {
      200: z.object({
        overall: IkmSummaryBody.nullable(),
        sample: z
          .object({ population: z.number(), required: z.number(), actual: z.number(), shortfall: z.number() })
          .nullable(),
      }),
    },
  },
});

/**
 * The type of {@link careContract}.
 *
 * @example
 * ```ts
 * const store = new Map<string, Report>();
 * const impl: ContractImplementation<CareContract> = {
 *   getReport: ({ params }) => store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' })),
 * };
 * ```
 */
export type CareContract = typeof careContract;

/**
 * The typed client of {@link careContract}.
 *
 * @example
 * ```ts
 * const care: CareClient = createCareClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' });
 * ```
 */
export type CareClient = ContractClient<CareContract>;

/**
 * Options of {@link createCareClient}: core's HTTP client, or the options to make one (as the
 * other packages' clients take), or `{ http }`.
 *
 * @example
 * ```ts
 * const options: CareClientOptions = { baseUrl: 'https://care.ntbprov.go.id/api/v1', maxRetries: 2 };
 * ```
 */
export type CareClientOptions = HttpClient | HttpClientOptions | { http: HttpClient };

/**
 * Creates the typed client of the care API. Submissions and actions carry an
 * `Idempotency-Key` (a fresh UUID unless you pass `idempotencyKey`), so core's HTTP client may
 * retry them after a 5xx, a dropped connection or a timeout without making a second report.
 * Keep the key with an unsent submission (an outbox) and resend with the same key.
 *
 * @example
 * ```ts
 * declare const newReport: NewReport; // the form's content
 * const care = createCareClient({
 *   baseUrl: 'https://care.ntbprov.go.id/api/v1',
 *   token: () => sessionStorage.getItem('care-token') ?? undefined,
 * });
 * const key = crypto.randomUUID();
 * const report = await care.submitReport({ body: newReport, idempotencyKey: key });
 * const actor = { role: 'admin', id: 'admin-ksb' } as const;
 * await care.transitionReport({ params: { id: report.id }, body: { action: { type: 'tunda' }, actor } });
 * ```
 */
export function createCareClient(options: CareClientOptions): CareClient {
  const http = 'http' in options ? options.http : toHttpClient(options);
  return createContractClient(careContract, http);
}

/**
 * The OpenAPI 3.1 document of the care API.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('care.openapi.json', JSON.stringify(careOpenApi(), null, 2));
 * ```
 */
export function careOpenApi(info: { title?: string; version?: string } = {}): OpenApiDocument {
  return toOpenApi(careContract, { title: info.title ?? 'NTB Care API', version: info.version ?? '0.1.0' });
}

/**
 * The body of `getIkmResults` for a set of survey responses: the IKM of the unit and, when the
 * population is given, whether the sample is large enough. One implementation for the
 * in-memory API and any server, so both answer the same figures.
 *
 * @example
 * ```ts
 * declare const responses: IkmResponse[]; // the survey's answers
 * const body = ikmResultsBody(responses, { population: 1200 });
 * body.overall?.mutu; // 'B'
 * ```
 */
export function ikmResultsBody(
  responses: readonly IkmResponse[],
  options: { readonly population?: number | undefined } = {},
): z.output<(typeof careContract.routes.getIkmResults.responses)[200]> {
  if (responses.length === 0) return { overall: null, sample: null };
  const result = computeIkm(
    responses,
    options.population === undefined ? {} : { population: options.population },
  );
  const o = result.overall;
  return {
    overall: {
      respondents: o.respondents,
      index: o.index,
      ikm: o.ikm,
      ikmRounded: o.ikmRounded,
      mutu: o.mutu,
      perUnsur: o.perUnsur.map((u) => ({ code: u.code, n: u.n, nrr: u.nrr })),
    },
    sample: result.sample,
  };
}
