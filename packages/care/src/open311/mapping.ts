import { parseWith, toZonedIso, ValidationError } from '@opengov-id/core';
import { STATUS_MAPPINGS } from '../lifecycle/mappings.js';
import type { ChannelCode, ReportTypeCode } from '../model/labels.js';
import { DEFAULT_CLASSIFICATION } from '../model/labels.js';
import { Report, type ReportInput } from '../model/report.js';
import { isPublishable, type PublicOptions, publicText } from '../privacy/public.js';
import type { Open311Format } from './parse.js';
import type { Open311ServiceRequest } from './schemas.js';

/**
 * One row of the table that links our categories to an Open311 server's services.
 *
 * @example
 * ```ts
 * const row: Open311ServiceLink = { serviceCode: 'S0301', serviceName: 'Pothole', category: 'infrastruktur', subcategory: 'jalan' };
 * ```
 */
export interface Open311ServiceLink {
  readonly serviceCode: string;
  readonly serviceName?: string;
  readonly category: string;
  readonly subcategory?: string;
}

/** Options of {@link reportToOpen311}. */
export interface ReportToOpen311Options extends PublicOptions {
  /** Category ↔ service table; a report whose category has no row gets its category as `service_code`. */
  services?: readonly Open311ServiceLink[];
  /** The agency name shown in `agency_responsible`; defaults to the last assignment's organization. */
  agency?: string;
  /** `expected_datetime`, e.g. from an SLA due date. */
  expectedDatetime?: (report: Report) => string | null;
}

function linkFor(
  report: Report,
  services: readonly Open311ServiceLink[] = [],
): Open311ServiceLink | undefined {
  return (
    services.find((s) => s.category === report.category && s.subcategory === report.subcategory) ??
    services.find((s) => s.category === report.category && s.subcategory === undefined)
  );
}

/**
 * A report as an Open311 service request (what a GeoReport v2 server answers to
 * `GET requests`), or `null` when the report must not be public (`rahasia`, whistleblowing, or
 * not yet approved). Open311 output carries no reporter data at all; free text is scrubbed
 * like {@link toPublicReport}.
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * reportToOpen311(report, { services: [{ serviceCode: 'PJU', category: 'infrastruktur', subcategory: 'penerangan_jalan' }] });
 * // => { service_request_id: 'NTB-2026-000123', status: 'open', service_code: 'PJU', ... }
 * ```
 */
export function reportToOpen311(
  report: Report,
  options: ReportToOpen311Options = {},
): Open311ServiceRequest | null {
  if (!isPublishable(report, options)) return null;
  const link = linkFor(report, options.services);
  const notes = report.responses.filter((r) => r.public).at(-1);
  const closedAt =
    STATUS_MAPPINGS[report.status].open311 === 'closed'
      ? (report.history.at(-1)?.at ?? report.updatedAt)
      : undefined;
  return {
    service_request_id: report.externalRefs.open311RequestId ?? report.id,
    token: null,
    status: STATUS_MAPPINGS[report.status].open311,
    status_notes: notes ? publicText(report, notes.text) : null,
    service_name: link?.serviceName ?? null,
    service_code: link?.serviceCode ?? report.category,
    description: publicText(report, report.description),
    agency_responsible: options.agency ?? report.assignments.at(-1)?.organizationName ?? null,
    service_notice: null,
    requested_datetime: report.receivedAt,
    updated_datetime: closedAt ?? report.updatedAt ?? report.receivedAt,
    expected_datetime: options.expectedDatetime?.(report) ?? null,
    address: report.location.address === undefined ? null : publicText(report, report.location.address),
    address_id: null,
    zipcode: null,
    lat: report.location.coordinates?.lat ?? null,
    long: report.location.coordinates?.lon ?? null,
    media_url: report.attachments.find((a) => a.public && a.url !== undefined && !report.anonim)?.url ?? null,
  };
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
// XML 1.0 cannot carry most control characters, even escaped.
function stripControls(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
] as const;

/**
 * Serializes reports as an Open311 `GET requests` answer in XML or JSON (Spark: an array),
 * leaving out every report that must not be public.
 *
 * @example
 * ```ts
 * declare const reports: Report[]; // stored reports
 * const services = [{ serviceCode: 'PJU', category: 'infrastruktur', subcategory: 'penerangan_jalan' }];
 * const body = serializeOpen311Requests(reports, 'xml', { services });
 * // '<?xml version="1.0" encoding="utf-8"?><service_requests><request>…</request></service_requests>'
 * ```
 */
export function serializeOpen311Requests(
  reports: readonly Report[],
  format: Open311Format,
  options: ReportToOpen311Options = {},
): string {
  const requests = reports.flatMap((r) => {
    const req = reportToOpen311(r, options);
    return req ? [req] : [];
  });
  if (format === 'json')
    return JSON.stringify(requests.map((r) => Object.fromEntries(REQUEST_FIELDS.map((f) => [f, r[f]]))));
  const body = requests
    .map(
      (r) =>
        `<request>${REQUEST_FIELDS.map((f) => {
          const v = r[f];
          return v === null ? `<${f}/>` : `<${f}>${escapeXml(stripControls(String(v)))}</${f}>`;
        }).join('')}</request>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><service_requests>${body}</service_requests>`;
}

/** Options of {@link open311ToReport}. */
export interface Open311ToReportOptions {
  /** Category ↔ service table; a service with no row gets `fallbackCategory`. */
  services?: readonly Open311ServiceLink[];
  /** @defaultValue `'lainnya'` */
  fallbackCategory?: string;
  /** @defaultValue `'layanan_publik'` */
  type?: ReportTypeCode;
  /** @defaultValue `'web'` */
  channel?: ChannelCode;
  /** Region code of the jurisdiction, when known. */
  regionCode?: string;
  /** Our id for the report. @defaultValue the Open311 `service_request_id` */
  id?: (request: Open311ServiceRequest) => string;
}

/**
 * An Open311 service request as a {@link Report}: `open` becomes `ditindaklanjuti` and `closed`
 * `selesai`, `status_notes` becomes a public answer, the Open311 id is kept in
 * `externalRefs.open311RequestId`. Open311 carries no reporter data, so the reporter is empty.
 * Converting back with {@link reportToOpen311} and the same `services` gives the same id,
 * status, service code, notes, description, dates, address and coordinates.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the request has no id or no location.
 * @example
 * ```ts
 * declare const request: Open311ServiceRequest; // read with readOpen311
 * const services = [{ serviceCode: 'PJU', category: 'infrastruktur', subcategory: 'penerangan_jalan' }];
 * const report = open311ToReport(request, { services, regionCode: '52.07' });
 * ```
 */
export function open311ToReport(
  request: Open311ServiceRequest,
  options: Open311ToReportOptions = {},
): Report {
  const id = request.service_request_id;
  if (id === null)
    throw ValidationError.single(
      'service_request_id',
      {
        id: 'Kolom `service_request_id` wajib ada untuk mengubah permintaan Open311 menjadi laporan.',
        en: 'Field `service_request_id` is required to turn an Open311 request into a report.',
      },
      'missing_id',
    );
  const link = options.services?.find((s) => s.serviceCode === request.service_code);
  const type = options.type ?? 'layanan_publik';
  const status = request.status === 'closed' ? 'selesai' : 'ditindaklanjuti';
  const receivedAt = request.requested_datetime ?? toZonedIso(new Date());
  const updatedAt = request.updated_datetime ?? receivedAt;
  const fallbackText = `Laporan Open311 ${id}${request.service_name ? `: ${request.service_name}` : ''}`;
  const input: ReportInput = {
    id: options.id?.(request) ?? id,
    type,
    classification: DEFAULT_CLASSIFICATION[type],
    channel: options.channel ?? 'web',
    title: (request.service_name ?? fallbackText).slice(0, 200).padEnd(5, '.'),
    description: (request.description ?? fallbackText).slice(0, 4000).padEnd(10, '.'),
    category: link?.category ?? options.fallbackCategory ?? 'lainnya',
    status,
    location: {
      ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
      ...(request.address === null ? {} : { address: request.address }),
      ...(request.lat === null || request.long === null
        ? {}
        : { coordinates: { lat: request.lat, lon: request.long } }),
    },
    receivedAt,
    updatedAt,
    responses:
      request.status_notes === null
        ? []
        : [{ id: `${id}-notes`, at: updatedAt, by: 'open311', text: request.status_notes, public: true }],
    externalRefs: { open311RequestId: id },
  };
  if (link?.subcategory !== undefined) input.subcategory = link.subcategory;
  return parseWith(Report, input, 'Report');
}
