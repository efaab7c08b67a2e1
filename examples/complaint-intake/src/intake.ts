// From messages to filed reports: drafts with care's intake functions, a durable outbox from core,
// care's typed client to send, and care's SLA engine for the deadlines.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Actor,
  createCareClient,
  type DueDate,
  draftToNewReport,
  dueDates,
  type NewReport,
  normalizeSocialPost,
  parseSms,
  publicText,
  type Report,
  type ReportDraft,
} from '@opengov-id/care';
import {
  createHolidayCalendar,
  createHttpClient,
  createOutbox,
  type HolidayCalendar,
  maskPhone,
  type OutboxFlushResult,
  redactText,
  ValidationError,
} from '@opengov-id/core';
import { createFileStorage } from '@opengov-id/core/node';
import { createFlakyNetwork } from './network.js';
import type { IncomingMessage } from './samples.js';

/** The officer who reviews drafts at the intake desk (care lets only an admin review a draft). */
export const INTAKE_OFFICER: Actor = { role: 'admin', id: 'admin-intake-ksb' };

/** The outbox's idempotency key of a message: stable, so the same message filed twice is one report. */
export function messageKey(message: IncomingMessage): string {
  return message.kind === 'sms' ? message.gatewayId : `${message.post.platform}-${message.post.postId}`;
}

/**
 * The draft of a message, by care's intake functions: `parseSms` for an SMS (parts joined in
 * order), `normalizeSocialPost` for a post. An SMS the gateway cannot read throws, naming why.
 */
export function toDraft(message: IncomingMessage): ReportDraft {
  if (message.kind === 'post') return normalizeSocialPost(message.post);
  const parsed = parseSms(message.parts, { receivedAt: message.receivedAt });
  if (!parsed.ok)
    throw ValidationError.single(
      'sms',
      { id: `${message.gatewayId}: ${parsed.message.id}`, en: `${message.gatewayId}: ${parsed.message.en}` },
      `sms_${parsed.reason}`,
    );
  return parsed.draft;
}

/**
 * The reviewed draft as the body of a new report, by care's `draftToNewReport` (the server assigns
 * id, status and history). Identity numbers written in the text are redacted first (UU 27/2022:
 * keep no more than needed); the SMS sender's number stays in the private `reporter.phone`. The
 * message's key goes in `externalRefs`, to find the report from the gateway's side.
 */
export function toNewReport(message: IncomingMessage, draft: ReportDraft): NewReport {
  const { review } = message;
  return draftToNewReport(draft, {
    reviewer: INTAKE_OFFICER,
    category: review.category,
    title: redactText(draft.title),
    description: redactText(draft.description),
    externalRefs: { other: [{ system: `intake-${message.kind}`, id: messageKey(message) }] },
    ...(review.subcategory === undefined ? {} : { subcategory: review.subcategory }),
    ...(review.location === undefined ? {} : { location: review.location }),
  });
}

/** One report as the server stored it, with its running deadlines. */
export interface FiledReport {
  readonly key: string;
  readonly report: Report;
  /** Deadlines whose clock runs (verification, answer, first response); later stages start with verification. */
  readonly due: readonly DueDate[];
}

/** Options of {@link runIntake}. */
export interface IntakeOptions {
  /** The care API root. */
  baseUrl: string;
  /** Where the outbox keeps its files and the summary is written. */
  outDir: string;
  messages: readonly IncomingMessage[];
  /** Bearer token for a real server. */
  token?: string;
  /** Cut the network during the first flush. @defaultValue true */
  outage?: boolean;
  /** @defaultValue core's SKB calendar in WITA */
  calendar?: HolidayCalendar;
}

/** What {@link runIntake} did. */
export interface IntakeResult {
  readonly reports: readonly FiledReport[];
  /** The flush during the outage, then the one after. */
  readonly flushes: readonly OutboxFlushResult[];
  /** Entries, and files on disk, the outbox held after the failed flush. */
  readonly keptDuringOutage: { readonly entries: number; readonly files: number };
  /** Requests that reached the server while their answers were lost. */
  readonly lostAnswers: number;
  /** Outbox files left after the last flush. */
  readonly filesLeft: number;
}

const outboxFiles = async (dir: string) =>
  (await readdir(dir)).filter((name) => name.endsWith('.json')).length;

/**
 * Drafts every message, files them through a file-backed outbox under `outDir/outbox`, cuts the
 * network for the first flush (the first request reaches the server, its answer is lost), flushes
 * again, and computes the deadlines of every stored report.
 */
export async function runIntake(options: IntakeOptions): Promise<IntakeResult> {
  const network = createFlakyNetwork();
  // maxRetries 0: the outbox owns the retrying, so the outage shows as one failed flush.
  const http = createHttpClient({
    baseUrl: options.baseUrl,
    fetch: network.fetch,
    maxRetries: 0,
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  const care = createCareClient({ http });
  const stored = new Map<string, Report>();

  const outboxDir = join(options.outDir, 'outbox');
  const storage = createFileStorage(outboxDir);
  const outbox = createOutbox<NewReport>({
    storage,
    autoFlush: false,
    send: async (body, { idempotencyKey, signal }) => {
      const report = await care.submitReport({ body, idempotencyKey, signal });
      stored.set(idempotencyKey, report);
      return report;
    },
  });

  try {
    for (const message of options.messages) {
      await outbox.enqueue(toNewReport(message, toDraft(message)), { idempotencyKey: messageKey(message) });
    }
    const flushes: OutboxFlushResult[] = [];
    if (options.outage ?? true) {
      network.cut();
      flushes.push(await outbox.flush());
      network.restore();
    }
    const keptDuringOutage = {
      entries: (await outbox.pending()).length,
      files: await outboxFiles(outboxDir),
    };
    flushes.push(await outbox.flush());

    const calendar = options.calendar ?? createHolidayCalendar({ zone: 'Asia/Makassar' });
    const reports = options.messages.map((message): FiledReport => {
      const key = messageKey(message);
      const report = stored.get(key);
      if (!report) throw new Error(`${key} was not acknowledged; it stays in the outbox for the next run`);
      const due = dueDates(report, { calendar }).filter((d) => d.state !== 'pending');
      return { key, report, due };
    });
    return {
      reports,
      flushes,
      keptDuringOutage,
      lostAnswers: network.lostAnswers,
      filesLeft: await outboxFiles(outboxDir),
    };
  } finally {
    await storage.close?.();
  }
}

/** How a deadline reads in a line: the date for day counts, the WITA time for hours. */
export function formatDue(due: DueDate): string {
  const when = due.dueDate ?? due.dueAt?.slice(0, 16).replace('T', ' ') ?? '';
  const unit = { jam: 'jam', hari: 'hari', hari_kerja: 'hari kerja' }[due.rule.unit];
  return `${due.stage} ${when} (${due.rule.amount} ${unit}, ${due.ruleSet})`;
}

/** The printable summary of a filed report: nothing personal unmasked, nothing of a rahasia report. */
export function summarize(filed: FiledReport) {
  const { report } = filed;
  return {
    id: report.id,
    type: report.type,
    category: report.subcategory ? `${report.category}/${report.subcategory}` : report.category,
    channel: report.channel,
    source: filed.key,
    reporter: report.anonim ? '(anonim)' : report.reporter.phone ? maskPhone(report.reporter.phone) : '-',
    title: report.rahasia ? '(rahasia: isi tidak ditampilkan)' : publicText(report, report.title),
    receivedAt: report.receivedAt,
    due: filed.due.map((d) => ({
      ruleSet: d.ruleSet,
      stage: d.stage,
      amount: d.rule.amount,
      unit: d.rule.unit,
      dueDate: d.dueDate,
      dueAt: d.dueAt,
    })),
  };
}
