import { redactText } from '@opengov-id/core';
import { type NtbCareLabel, STATUS_MAPPINGS } from '../lifecycle/mappings.js';
import type { Report } from '../model/report.js';
import { isWhistleblowing } from '../model/report.js';

/**
 * A report as the public may see it: no NIK, phone, e-mail or account id ever; the reporter's
 * name only when the report is not `anonim`; free text scrubbed of NIK, phone numbers and e-mail
 * addresses (and of the reporter's name when anonim); only public answers, follow-ups and
 * attachments.
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const pub: PublicReport | null = toPublicReport(report);
 * ```
 */
export interface PublicReport {
  id: string;
  type: Report['type'];
  classification: Report['classification'];
  channel: Report['channel'];
  title: string;
  description: string;
  category: string;
  subcategory: string | null;
  priority: Report['priority'];
  location: { regionCode: string | null; address: string | null; lat: number | null; lon: number | null };
  status: Report['status'];
  /** NTB Care's public label. */
  label: NtbCareLabel | null;
  receivedAt: string;
  updatedAt: string | null;
  /** `null` when anonim. */
  reporterName: string | null;
  assignedTo: string[];
  responses: Array<{ at: string; organizationId: string | null; text: string }>;
  followUps: Array<{ at: string; text: string }>;
  feedback: { satisfied: boolean; rating: number | null } | null;
  attachments: Array<{ kind: string; url: string }>;
}

/** Options of the public serializers. */
export interface PublicOptions {
  /**
   * Publish reports not yet approved (`belum_terverifikasi`, `ditunda`). NTB Care shows a report
   * only once approved. @defaultValue false
   */
  includeUnapproved?: boolean;
}

/**
 * Whether a report may appear in public at all: never when `rahasia` or whistleblowing, and by
 * default only once approved.
 *
 * @example
 * ```ts
 * declare const report: Report; // a new report
 * isPublishable(report); // false while belum_terverifikasi
 * ```
 */
export function isPublishable(report: Report, options: PublicOptions = {}): boolean {
  if (report.rahasia || isWhistleblowing(report)) return false;
  return options.includeUnapproved === true || STATUS_MAPPINGS[report.status].ntbCare !== null;
}

/** True when the reporter's identity must be hidden. */
function hidesReporter(report: Report): boolean {
  return report.anonim || report.rahasia || isWhistleblowing(report);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Scrubs free text for publication: NIK, No. KK, phone numbers and e-mail addresses (core's
 * `redactText`), and, when the reporter is hidden, the reporter's name and its parts of three
 * letters or more.
 *
 * @example
 * ```ts
 * declare const report: Report; // an anonim report
 * publicText(report, 'Hubungi Baiq di 081234567890'); // => 'Hubungi [NAMA] di [PHONE]' (anonim)
 * ```
 */
export function publicText(report: Report, text: string): string {
  let out = redactText(text);
  const { name, nik, phone, email } = report.reporter;
  // Exact values too: a phone written in an odd way that the patterns miss.
  for (const secret of [nik, phone, email]) if (secret) out = out.split(secret).join('[REDACTED]');
  if (hidesReporter(report) && name) {
    const parts = [name, ...name.split(/\s+/)].filter((p) => p.length >= 3);
    for (const part of parts) out = out.replace(new RegExp(escapeRegExp(part), 'gi'), '[NAMA]');
  }
  return out;
}

/**
 * The public JSON form of a report, or `null` when it must not be public (see
 * {@link isPublishable}).
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const pub = toPublicReport(report);
 * pub?.reporterName; // null for an anonim report
 * ```
 */
export function toPublicReport(report: Report, options: PublicOptions = {}): PublicReport | null {
  if (!isPublishable(report, options)) return null;
  const text = (t: string) => publicText(report, t);
  return {
    id: report.id,
    type: report.type,
    classification: report.classification,
    channel: report.channel,
    title: text(report.title),
    description: text(report.description),
    category: report.category,
    subcategory: report.subcategory ?? null,
    priority: report.priority,
    location: {
      regionCode: report.location.regionCode ?? null,
      address: report.location.address === undefined ? null : text(report.location.address),
      lat: report.location.coordinates?.lat ?? null,
      lon: report.location.coordinates?.lon ?? null,
    },
    status: report.status,
    label: STATUS_MAPPINGS[report.status].ntbCare,
    receivedAt: report.receivedAt,
    updatedAt: report.updatedAt ?? null,
    reporterName: hidesReporter(report) || !report.reporter.name ? null : report.reporter.name,
    assignedTo: report.assignments.map((a) => a.organizationName),
    responses: report.responses
      .filter((r) => r.public)
      .map((r) => ({ at: r.at, organizationId: r.organizationId ?? null, text: text(r.text) })),
    followUps: report.followUps.filter((f) => f.public).map((f) => ({ at: f.at, text: text(f.text) })),
    feedback: report.feedback
      ? { satisfied: report.feedback.satisfied, rating: report.feedback.rating ?? null }
      : null,
    attachments: report.attachments
      .filter((a) => a.public && a.url !== undefined && !hidesReporter(report))
      .map((a) => ({ kind: a.kind, url: a.url as string })),
  };
}

/**
 * The public JSON of many reports, leaving out those that must not be public.
 *
 * @example
 * ```ts
 * declare const all: Report[]; // every stored report
 * const feed = toPublicReports(all); // rahasia and unapproved reports are absent
 * ```
 */
export function toPublicReports(reports: readonly Report[], options: PublicOptions = {}): PublicReport[] {
  const out: PublicReport[] = [];
  for (const report of reports) {
    const pub = toPublicReport(report, options);
    if (pub) out.push(pub);
  }
  return out;
}

const EXPORT_COLUMNS = [
  'id',
  'type',
  'classification',
  'channel',
  'category',
  'subcategory',
  'priority',
  'status',
  'label',
  'regionCode',
  'address',
  'receivedAt',
  'updatedAt',
  'assignedTo',
  'reporterName',
  'title',
  'description',
] as const;

function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ would run as a formula.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Options of {@link exportReports}. */
export interface ExportOptions extends PublicOptions {
  /** `json` (an array of {@link PublicReport}) or `csv` (one row per report, RFC 4180). */
  format: 'json' | 'csv';
}

/**
 * An open-data export of reports: only publishable reports, only public fields, through the
 * same rules as {@link toPublicReport}. CSV cells are guarded against formula injection.
 *
 * @example
 * ```ts
 * declare const reports: Report[]; // stored reports
 * const csv = exportReports(reports, { format: 'csv' });
 * ```
 */
export function exportReports(reports: readonly Report[], options: ExportOptions): string {
  const rows = toPublicReports(reports, options);
  if (options.format === 'json') return JSON.stringify(rows);
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const r of rows) {
    const flat: Record<(typeof EXPORT_COLUMNS)[number], unknown> = {
      id: r.id,
      type: r.type,
      classification: r.classification,
      channel: r.channel,
      category: r.category,
      subcategory: r.subcategory,
      priority: r.priority,
      status: r.status,
      label: r.label,
      regionCode: r.location.regionCode,
      address: r.location.address,
      receivedAt: r.receivedAt,
      updatedAt: r.updatedAt,
      assignedTo: r.assignedTo.join('; '),
      reporterName: r.reporterName,
      title: r.title,
      description: r.description,
    };
    lines.push(EXPORT_COLUMNS.map((c) => csvCell(flat[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
