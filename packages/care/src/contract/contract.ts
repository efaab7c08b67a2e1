import {
  type ContractClient,
  createContractClient,
  createHttpClient,
  defineContract,
  type HttpClient,
  type HttpClientOptions,
  type OpenApiDocument,
  toOpenApi,
} from '@opengov-id/core';
import * as z from 'zod';
import type { IkmMutu } from '../ikm/ikm.js';
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

/**
 * The error body of the care API: a code and a message in both languages.
 *
 * @example
 * ```ts
 * CareProblem.parse({ code: 'not_found', message: { id: 'Laporan tidak ditemukan.', en: 'Report not found.' } });
 * ```
 */
export const CareProblem = z.object({
  code: z.string(),
  message: z.object({ id: z.string(), en: z.string() }),
  allowed: z.array(z.string()).optional(),
});

/**
 * A new report as submitted by an app, the web form or an intake gateway: the server assigns
 * the id, the state and the timestamps.
 *
 * @example
 * ```ts
 * NewReport.parse({ type: 'layanan_publik', classification: 'pengaduan', channel: 'app', title: 'Lampu padam', description: 'Lampu jalan padam seminggu.', category: 'infrastruktur', location: { regionCode: '52.07.02' } });
 * ```
 */
export const NewReport = /* @__PURE__ */ reportObject()
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
  .extend({ receivedAt: z.iso.datetime({ offset: true }).optional() });

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
 * An action on a report, as sent over the wire (see `transition`).
 *
 * @example
 * ```ts
 * ReportActionBody.parse({ type: 'tunda', reason: { code: 'lainnya', note: 'Menunggu data' } });
 * ```
 */
export const ReportActionBody = z.discriminatedUnion('type', [
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
]);

const ById = z.object({ id: z.string().min(1).describe('Nomor laporan · Report id') });
const Text = z.object({
  text: z.string().trim().min(1).max(4000),
  public: z.boolean().optional(),
  actor: Actor,
});
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
  transitionReport: {
    method: 'POST',
    path: '/reports/:id/transitions',
    summary: 'Ubah status · Apply a lifecycle action',
    tags: ['lifecycle'],
    params: ById,
    body: z.object({ action: ReportActionBody, actor: Actor }),
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
    body: z.object({
      satisfied: z.boolean(),
      rating: z.number().int().min(1).max(5).optional(),
      comment: z.string().max(2000).optional(),
      actor: Actor,
    }),
    idempotent: true,
    responses: { 200: Report },
    errors: { 403: CareProblem, 404: CareProblem, 409: CareProblem },
  },
  submitIkmSurvey: {
    method: 'POST',
    path: '/ikm/responses',
    summary: 'Kirim survei IKM · Submit an IKM survey response',
    tags: ['ikm'],
    body: z.object({ unit: z.string().min(1).optional(), answers: Answers }),
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
 * const impl: ContractImplementation<CareContract> = { getReport: ({ params }) => store.get(params.id) };
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

/** Options of {@link createCareClient}: an HTTP client, or the options to make one. */
export type CareClientOptions = HttpClientOptions | { http: HttpClient };

/**
 * Creates the typed client of the care API. Submissions and actions carry an
 * `Idempotency-Key` (a fresh UUID unless you pass `idempotencyKey`), so core's HTTP client may
 * retry them after a 5xx, a dropped connection or a timeout without making a second report.
 * Keep the key with an unsent submission (an outbox) and resend with the same key.
 *
 * @example
 * ```ts
 * const care = createCareClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1', token });
 * const key = crypto.randomUUID();
 * const report = await care.submitReport({ body: newReport, idempotencyKey: key });
 * await care.transitionReport({ params: { id: report.id }, body: { action: { type: 'tunda' }, actor } });
 * ```
 */
export function createCareClient(options: CareClientOptions): CareClient {
  const http = 'http' in options ? options.http : createHttpClient(options);
  return createContractClient(careContract, http);
}

/**
 * The OpenAPI 3.1 document of the care API.
 *
 * @example
 * ```ts
 * writeFileSync('care.openapi.json', JSON.stringify(careOpenApi(), null, 2));
 * ```
 */
export function careOpenApi(info: { title?: string; version?: string } = {}): OpenApiDocument {
  return toOpenApi(careContract, { title: info.title ?? 'NTB Care API', version: info.version ?? '0.1.0' });
}
