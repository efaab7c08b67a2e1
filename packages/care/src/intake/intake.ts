import {
  type LocalizedMessage,
  OpenGovError,
  parseWith,
  toZonedIso,
  tryParseRegionCode,
  ValidationError,
} from '@opengov-id/core';
import * as z from 'zod';
import { NewReport } from '../contract/contract.js';
import { type ChannelCode, DEFAULT_CLASSIFICATION, type ReportTypeCode } from '../model/labels.js';
import {
  type Actor,
  type ExternalRefs,
  isWhistleblowing,
  type Location,
  type Provenance,
  Report,
  type ReportInput,
} from '../model/report.js';

/**
 * A report drafted from an SMS or a social-media post. It is not a {@link Report}: no public
 * serializer takes it, and it becomes one only through {@link promoteDraft}, by an admin.
 *
 * @example
 * ```ts
 * const result = parseSms('LAPOR Jalan berlubang di depan pasar Taliwang', { receivedAt: '2026-03-17T10:00:00+08:00' });
 * const draft: ReportDraft = result.ok ? result.draft : undefined!;
 * draft.state; // 'needs_location' until an officer adds one
 * ```
 */
export interface ReportDraft {
  readonly status: 'draft';
  /** `needs_location` while no region, address or coordinates are known. */
  readonly state: 'ready' | 'needs_location';
  readonly type: ReportTypeCode;
  readonly channel: ChannelCode;
  readonly title: string;
  readonly description: string;
  readonly category?: string;
  readonly location?: Location;
  /** The sender's number (SMS): personal data, kept private. */
  readonly reporterPhone?: string;
  readonly receivedAt: string;
  /** Where it came from. */
  readonly provenance?: Provenance;
  /** The text exactly as received (parts joined). */
  readonly raw: string;
}

/**
 * One SMS keyword: `KEYWORD text` routes the message to a report type, and optionally a category
 * and a region (the way SMS 1708 routes `BANJARBARU isi keluhan` to Kota Banjarbaru).
 *
 * @example
 * ```ts
 * const kw: SmsKeyword = { keyword: 'KSB', type: 'layanan_publik', regionCode: '52.07' };
 * ```
 */
export interface SmsKeyword {
  readonly keyword: string;
  readonly type: ReportTypeCode;
  readonly category?: string;
  readonly regionCode?: string;
}

/**
 * Default keywords. Project-defined: NTB Care has published no SMS number or keyword list, and
 * "LAPOR spasi isi" was not found for SMS 1708; replace with your own table.
 *
 * @example
 * ```ts
 * DEFAULT_SMS_KEYWORDS.map((k) => k.keyword); // => ['LAPOR', 'ADUAN', 'ASPIRASI', 'INFO', 'WBS', 'IKM']
 * ```
 */
export const DEFAULT_SMS_KEYWORDS: readonly SmsKeyword[] = [
  { keyword: 'LAPOR', type: 'layanan_publik' },
  { keyword: 'ADUAN', type: 'layanan_publik' },
  { keyword: 'ASPIRASI', type: 'aspirasi' },
  { keyword: 'INFO', type: 'informasi_strategis' },
  { keyword: 'WBS', type: 'dugaan_pelanggaran' },
  { keyword: 'IKM', type: 'polling_ikm' },
];

/**
 * One part of a (possibly concatenated) SMS.
 *
 * @example
 * ```ts
 * const part: SmsPart = { text: 'LAPOR jalan rusak di', seq: 1, total: 2, from: '+6281234567890' };
 * ```
 */
export interface SmsPart {
  readonly text: string;
  readonly from?: string;
  /** Position in a concatenated message, from 1. */
  readonly seq?: number;
  /** Parts in the message. */
  readonly total?: number;
}

/** Options of {@link parseSms}. */
export interface ParseSmsOptions {
  /** @defaultValue {@link DEFAULT_SMS_KEYWORDS} */
  keywords?: readonly SmsKeyword[];
  /** When the gateway received it. @defaultValue now */
  receivedAt?: string;
}

/**
 * Why an SMS could not become a draft.
 *
 * @example
 * ```ts
 * const reason: SmsRejectReason = 'unknown_keyword';
 * ```
 */
export type SmsRejectReason = 'empty' | 'unknown_keyword' | 'no_text' | 'incomplete' | 'invalid_input';

/**
 * What {@link parseSms} gives: a draft, or a typed refusal with the raw text kept.
 *
 * @example
 * ```ts
 * const result: SmsParseResult = parseSms('LAPOR lampu padam #5207022001');
 * if (result.ok) console.log(result.state);
 * ```
 */
export type SmsParseResult =
  | {
      readonly ok: true;
      readonly state: 'ready' | 'needs_location';
      readonly keyword: string;
      readonly draft: ReportDraft;
      readonly raw: string;
    }
  | {
      readonly ok: false;
      readonly reason: SmsRejectReason;
      readonly raw: string;
      readonly message: LocalizedMessage;
    };

const REJECT: Record<SmsRejectReason, LocalizedMessage> = {
  empty: { id: 'SMS kosong.', en: 'The SMS is empty.' },
  unknown_keyword: {
    id: 'Kata kunci SMS tidak dikenal. Format: KATAKUNCI(spasi)isi laporan.',
    en: 'Unknown SMS keyword. Format: KEYWORD(space)report text.',
  },
  no_text: {
    id: 'SMS hanya berisi kata kunci, tanpa isi laporan.',
    en: 'The SMS has a keyword but no report text.',
  },
  incomplete: { id: 'Sebagian SMS belum diterima.', en: 'Some parts of the SMS have not arrived yet.' },
  invalid_input: { id: 'Masukan SMS tidak valid.', en: 'The SMS input is not valid.' },
};

const reject = (reason: SmsRejectReason, raw: string): SmsParseResult => ({
  ok: false,
  reason,
  raw,
  message: REJECT[reason],
});

// `#5207022001`, `@52.07.02.2001`, `LOK 52.07.02`, `LOKASI: 5207`: a Kemendagri code in the text.
const LOCATION_TOKEN =
  /(?:^|\s)(?:LOK(?:ASI)?\s*[:=]?\s*|#|@)(\d{2}(?:\.?\d{2}){1,2}(?:\.?\d{4})?)(?=$|[\s.,;])/i;

function findRegion(text: string): { code: string; rest: string } | undefined {
  const match = LOCATION_TOKEN.exec(text);
  if (!match) return undefined;
  const info = tryParseRegionCode(match[1] as string);
  if (!info) return undefined;
  return {
    code: info.code,
    rest: (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim(),
  };
}

const titleOf = (text: string) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= 80 ? oneLine : `${oneLine.slice(0, 79)}…`;
};

function joinParts(
  input: string | SmsPart | readonly SmsPart[],
): { raw: string; from?: string; complete: boolean } | undefined {
  if (typeof input === 'string') return { raw: input, complete: true };
  const parts = Array.isArray(input) ? (input as readonly SmsPart[]) : [input as SmsPart];
  if (
    parts.length === 0 ||
    parts.some((p) => typeof p !== 'object' || p === null || typeof p.text !== 'string')
  )
    return undefined;
  const ordered = [...parts].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const total = ordered.find((p) => typeof p.total === 'number')?.total;
  const seqs = new Set(ordered.map((p) => p.seq));
  const complete = total === undefined || (seqs.size === total && ordered.length === total);
  // Concatenated SMS are cut at a fixed length, mid-word: join without a separator.
  const raw = ordered.map((p) => p.text).join('');
  const from = ordered.find((p) => typeof p.from === 'string')?.from;
  return from === undefined ? { raw, complete } : { raw, from, complete };
}

/**
 * Parses an SMS in the `KEYWORD text` form against a keyword table. Parts of a concatenated SMS
 * are ordered and joined; the raw text is always kept. A Kemendagri region code in the text
 * (`#5207022001`, `LOK 52.07.02`) or on the keyword sets the location; without one the draft is
 * `needs_location` (SMS carries no position: FixMyStreet's SMS notes). Never throws: anything,
 * even a non-string, gives a typed result.
 *
 * @example
 * ```ts
 * parseSms('lapor Lampu jalan padam depan SDN 1 #5207022001');
 * // => { ok: true, state: 'ready', keyword: 'LAPOR', draft: { location: { regionCode: '52.07.02.2001' }, ... } }
 * parseSms('LAPOR jalan rusak'); // => { ok: true, state: 'needs_location', ... }
 * parseSms('halo'); // => { ok: false, reason: 'unknown_keyword', ... }
 * ```
 */
export function parseSms(
  input: string | SmsPart | readonly SmsPart[],
  options: ParseSmsOptions = {},
): SmsParseResult {
  let raw = '';
  try {
    const joined = joinParts(input);
    if (!joined) return reject('invalid_input', '');
    raw = joined.raw;
    if (!joined.complete) return reject('incomplete', raw);
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '') return reject('empty', raw);
    const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(text);
    const word = (match?.[1] ?? '').toUpperCase();
    const keyword = (options.keywords ?? DEFAULT_SMS_KEYWORDS).find((k) => k.keyword.toUpperCase() === word);
    if (!keyword) return reject('unknown_keyword', raw);
    let body = (match?.[2] ?? '').trim();
    if (body === '') return reject('no_text', raw);
    const region = findRegion(body);
    if (region) body = region.rest || body;
    const regionCode = region?.code ?? keyword.regionCode;
    const state = regionCode === undefined ? 'needs_location' : 'ready';
    const receivedAt = toZonedIso(options.receivedAt ?? new Date());
    const draft: ReportDraft = {
      status: 'draft',
      state,
      type: keyword.type,
      channel: 'sms',
      title: titleOf(body),
      description: body,
      receivedAt,
      raw,
      ...(keyword.category === undefined ? {} : { category: keyword.category }),
      ...(regionCode === undefined ? {} : { location: { regionCode } }),
      ...(joined.from === undefined ? {} : { reporterPhone: joined.from }),
    };
    return { ok: true, state, keyword: keyword.keyword, draft, raw };
  } catch {
    return reject('invalid_input', typeof raw === 'string' ? raw : '');
  }
}

/**
 * A social-media post as captured by an officer or a page integration.
 *
 * @example
 * ```ts
 * SocialPost.parse({ platform: 'facebook', postId: '1234_5678', handle: 'warga.taliwang', url: 'https://facebook.com/1234_5678', text: 'Jalan rusak', capturedAt: '2026-03-02T08:00:00+08:00' });
 * ```
 */
export const SocialPost = z.object({
  platform: z.enum({
    /** X (the platform's current name). */
    x: 'x',
    /** Twitter (the former name of X). */
    twitter: 'twitter',
    /** Facebook. */
    facebook: 'facebook',
    /** Instagram. */
    instagram: 'instagram',
  }),
  postId: z.string().min(1),
  handle: z.string().min(1).optional(),
  url: z.url().optional(),
  text: z.string().max(20_000),
  capturedAt: z.iso.datetime({ offset: true }),
});

/**
 * A social-media post (input of {@link normalizeSocialPost}).
 *
 * @example
 * ```ts
 * const post: SocialPost = { platform: 'x', postId: '1', text: '#lapor jalan rusak', capturedAt: '2026-03-02T08:00:00+08:00' };
 * ```
 */
export type SocialPost = z.input<typeof SocialPost>;

/**
 * Turns a post from X/Twitter, Facebook or Instagram into a draft report with its provenance
 * (platform, post id, handle, url, captured at). Hashtags such as `#lapor` and mentions of the
 * complaint account are removed from the description; a region code in the text sets the
 * location. A human reviews the draft ({@link promoteDraft}) before it becomes a report.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the post lacks a platform, id or capture time.
 * @example
 * ```ts
 * const draft = normalizeSocialPost({ platform: 'x', postId: '1790', handle: 'warga_ksb', text: '@LAPOR1708 #lapor Jalan ke Sekongkang rusak parah', capturedAt: '2026-03-02T08:00:00+08:00' });
 * draft.channel; // => 'twitter'
 * draft.state; // => 'needs_location'
 * ```
 */
export function normalizeSocialPost(post: SocialPost): ReportDraft {
  const p = parseWith(SocialPost, post, 'SocialPost');
  const channel: ChannelCode = p.platform === 'x' ? 'twitter' : p.platform;
  let text = p.text
    .replace(/(^|\s)#lapor\b/gi, '$1')
    .replace(/(^|\s)@(LAPOR1708|ntbcare)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const region = findRegion(text);
  if (region?.rest) text = region.rest;
  const provenance: Provenance = {
    platform: channel,
    postId: p.postId,
    capturedAt: p.capturedAt,
    ...(p.handle === undefined ? {} : { handle: p.handle }),
    ...(p.url === undefined ? {} : { url: p.url }),
  };
  return {
    status: 'draft',
    state: region ? 'ready' : 'needs_location',
    type: 'layanan_publik',
    channel,
    title: titleOf(text || `Unggahan ${channel} ${p.postId}`),
    description: text,
    receivedAt: p.capturedAt,
    provenance,
    raw: p.text,
    ...(region ? { location: { regionCode: region.code } } : {}),
  };
}

/**
 * What the reviewer adds or corrects when turning a draft into a report (see
 * {@link draftToNewReport}).
 *
 * @example
 * ```ts
 * const review: DraftReview = {
 *   reviewer: { role: 'admin', id: 'admin-ksb' },
 *   category: 'infrastruktur',
 *   location: { regionCode: '52.07.04' },
 * };
 * ```
 */
export interface DraftReview {
  /** The admin who reviewed it. */
  reviewer: Actor;
  category: string;
  subcategory?: string;
  /** Required when the draft `needs_location`. */
  location?: Location;
  /** A corrected title, e.g. with identity numbers redacted. */
  title?: string;
  /** A corrected description. */
  description?: string;
  type?: ReportTypeCode;
  /** References in other systems, e.g. the gateway's message id. */
  externalRefs?: z.input<typeof ExternalRefs>;
}

/**
 * What the reviewer gives {@link promoteDraft}: the {@link DraftReview} and our id for the report.
 *
 * @example
 * ```ts
 * const admin = { role: 'admin', id: 'admin-ksb' } as const;
 * const input: PromoteDraftInput = { id: 'NTB-2026-000124', reviewer: admin, category: 'infrastruktur' };
 * ```
 */
export interface PromoteDraftInput extends DraftReview {
  /** Our id for the new report. */
  id: string;
}

// The review's checks and the fields a reviewed draft gives, shared by both ways out of a draft.
function reviewed(draft: ReportDraft, review: DraftReview): Omit<ReportInput, 'id'> {
  if (review.reviewer?.role !== 'admin')
    throw new OpenGovError('Only an admin may turn a draft into a report.', {
      code: 'review_required',
      messages: {
        id: 'Hanya admin yang boleh menjadikan draf sebagai laporan.',
        en: 'Only an admin may turn a draft into a report.',
      },
    });
  const location = review.location ?? draft.location;
  if (!location)
    throw ValidationError.single(
      'location',
      {
        id: 'Kolom `location` wajib diisi: draf ini belum punya lokasi.',
        en: 'Field `location` is required: this draft has no location yet.',
      },
      'needs_location',
    );
  const type = review.type ?? draft.type;
  return {
    type,
    classification: DEFAULT_CLASSIFICATION[type],
    channel: draft.channel,
    title: review.title ?? draft.title,
    description: review.description ?? draft.description,
    category: review.category,
    location,
    receivedAt: draft.receivedAt,
    reporter: draft.reporterPhone === undefined ? {} : { phone: draft.reporterPhone },
    ...(review.subcategory === undefined ? {} : { subcategory: review.subcategory }),
    ...(review.externalRefs === undefined ? {} : { externalRefs: review.externalRefs }),
    ...(draft.provenance === undefined ? {} : { provenance: draft.provenance }),
  };
}

/**
 * A reviewed draft as a {@link Report} in `belum_terverifikasi`, with the SMS sender's number as
 * the reporter's phone and the provenance kept. Only an admin may promote. To send the draft to
 * the care API instead, where the server assigns the id, use {@link draftToNewReport}.
 *
 * @throws {@link @opengov-id/core!index.OpenGovError} `review_required` when the reviewer is not an admin.
 * @throws {@link @opengov-id/core!index.ValidationError} when the location is still missing or the result is invalid.
 * @example
 * ```ts
 * const sms = parseSms('LAPOR Jalan berlubang di depan pasar Taliwang', { receivedAt: '2026-03-17T10:00:00+08:00' });
 * const admin = { role: 'admin', id: 'admin-ksb' } as const;
 * if (sms.ok) {
 *   const report = promoteDraft(sms.draft, { id: 'NTB-2026-000124', reviewer: admin, category: 'infrastruktur', location: { regionCode: '52.07.02' } });
 * }
 * ```
 */
export function promoteDraft(draft: ReportDraft, input: PromoteDraftInput): Report {
  const { id, ...review } = input;
  return parseWith(Report, { id, ...reviewed(draft, review) }, 'Report');
}

/**
 * A reviewed draft as the body of a new report for the care API (`submitReport`), which assigns
 * the id, the status and the history. Same checks and fields as {@link promoteDraft}: only an
 * admin may review, the location must be known, the SMS sender's number goes to the private
 * `reporter.phone`, the provenance is kept, and a whistleblowing draft comes out `anonim` and
 * `rahasia`.
 *
 * @throws {@link @opengov-id/core!index.OpenGovError} `review_required` when the reviewer is not an admin.
 * @throws {@link @opengov-id/core!index.ValidationError} when the location is still missing or the result is invalid.
 * @example
 * ```ts
 * const care = createCareClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' });
 * const sms = parseSms('LAPOR Jalan berlubang di depan pasar Taliwang', { receivedAt: '2026-03-17T10:00:00+08:00' });
 * if (sms.ok) {
 *   const body = draftToNewReport(sms.draft, {
 *     reviewer: { role: 'admin', id: 'admin-ksb' },
 *     category: 'infrastruktur',
 *     location: { regionCode: '52.07.01' },
 *   });
 *   await care.submitReport({ body, idempotencyKey: 'sms-0001' });
 * }
 * ```
 */
export function draftToNewReport(draft: ReportDraft, review: DraftReview): NewReport {
  const body = parseWith(NewReport, reviewed(draft, review), 'NewReport');
  // NewReport derives from the plain report object, so the whistleblowing rule of Report is applied here.
  return isWhistleblowing(body) ? { ...body, anonim: true, rahasia: true } : body;
}
