import { type LocalizedMessage, resolveTimeZone, toZonedIso, ValidationError } from '@opengov-id/core';
import type { ScheduledSession } from '../series/schedule.js';
import { FORUM_LEVEL_LABELS } from '../series/schemas.js';
import type { ForumSession } from '../session/schemas.js';

/** Options for {@link toICalendar}. */
export interface ICalendarOptions {
  /** Calendar name shown by calendar apps (`X-WR-CALNAME`). */
  calendarName?: string;
  /** Event title; a zone name is appended for zone sessions. @defaultValue `'Forum'` */
  title?: string;
  /** `PRODID`. @defaultValue `'-//opengov-id//forum//ID'` */
  productId?: string;
  /** Domain for event `UID`s. @defaultValue `'forum.opengov-id'` */
  uidDomain?: string;
  /**
   * `tzid`: local times with `TZID` and a `VTIMEZONE` (zones without daylight saving time, as all
   * of Indonesia's); `utc`: UTC times with `Z`. @defaultValue `'tzid'`
   */
  timeFormat?: 'tzid' | 'utc';
  /** Zone of the local times. @defaultValue `'Asia/Makassar'` (WITA) */
  timeZone?: string;
  /** `DTSTAMP` of every event (when the feed was generated). @defaultValue now */
  generatedAt?: string | Date;
  /** Language of the texts. @defaultValue `'id'` */
  language?: 'id' | 'en';
}

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const STATUS: Record<string, string> = {
  tentative: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  held: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): continuation lines start
 * with one space, and a UTF-8 character is never split.
 */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (iso: string): string => iso.slice(0, 19).replace(/[-:]/g, '');

function utcStamp(instant: string | Date): string {
  return `${basic(toZonedIso(instant, 'UTC'))}Z`;
}

function offsetOf(instant: string, zone: string): string {
  const iso = toZonedIso(instant, zone);
  return iso.slice(-6).replace(':', '');
}

interface FeedItem {
  uid: string;
  start: string;
  end?: string;
  summary: string;
  description?: string;
  location?: string;
  status: string;
  categories: string[];
}

function isScheduled(item: ScheduledSession | ForumSession): item is ScheduledSession {
  return 'regularDate' in item;
}

function describeItem(
  item: ScheduledSession | ForumSession,
  options: ICalendarOptions,
  domain: string,
): FeedItem {
  const lang = options.language ?? 'id';
  const title = options.title ?? 'Forum';
  const level: LocalizedMessage = FORUM_LEVEL_LABELS[item.level];
  if (isScheduled(item)) {
    const lines: string[] = [];
    if (item.adjustment === 'moved' && item.holiday)
      lines.push(
        lang === 'id'
          ? `Dipindah dari ${item.regularDate} (${item.holiday.name.id}).`
          : `Moved from ${item.regularDate} (${item.holiday.name.en}).`,
      );
    if (item.adjustment === 'skipped' && item.holiday)
      lines.push(
        lang === 'id' ? `Ditiadakan: ${item.holiday.name.id}.` : `Not held: ${item.holiday.name.en}.`,
      );
    lines.push(`${lang === 'id' ? 'Wilayah' : 'Area'}: ${item.areaCodes.join(', ')}`);
    return {
      uid: `${item.seriesId}-${item.regularDate}@${domain}`,
      start: item.startsAt,
      end: item.endsAt,
      summary: item.zoneName ? `${title} – ${item.zoneName}` : title,
      description: lines.join('\n'),
      status: item.adjustment === 'skipped' ? 'CANCELLED' : 'TENTATIVE',
      categories: [level[lang]],
    };
  }
  const location = item.venue ? [item.venue.name, item.venue.address].filter(Boolean).join(', ') : undefined;
  return {
    uid: `${item.id}@${domain}`,
    start: item.startsAt,
    ...(item.endsAt === undefined ? {} : { end: item.endsAt }),
    summary: item.name ?? (item.zoneId ? `${title} – ${item.zoneId}` : title),
    ...(item.agenda.length > 0
      ? { description: item.agenda.map((a) => `${a.position}. ${a.title}`).join('\n') }
      : {}),
    ...(location ? { location } : {}),
    status: STATUS[item.status] ?? 'TENTATIVE',
    categories: [level[lang]],
  };
}

/**
 * An iCalendar (RFC 5545) feed of sessions, for subscribing from phone calendars: the output
 * of {@link upcomingSessions} (a skipped date is a `CANCELLED` event, a moved one says why) or
 * stored sessions. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 * character; TEXT values are escaped. Times carry `TZID` with a `VTIMEZONE` (default) or are
 * UTC. UIDs are stable (`<series>-<regular date>@<domain>` or `<session id>@<domain>`), so a
 * refreshed feed updates events instead of duplicating them.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an unknown zone, or a zone with
 * daylight saving time in `tzid` format (use `utc`).
 * @example
 * ```ts
 * const series = ksbYasinanSeries();
 * const ics = toICalendar(upcomingSessions(series, { from: today(), count: 8 }), {
 *   calendarName: 'Forum YASINAN KSB',
 *   title: 'Forum YASINAN',
 * });
 * // Serve it as text/calendar; charset=utf-8
 * ```
 */
export function toICalendar(
  sessions: readonly (ScheduledSession | ForumSession)[],
  options: ICalendarOptions = {},
): string {
  const zone = resolveTimeZone(options.timeZone ?? 'Asia/Makassar');
  const tzid = (options.timeFormat ?? 'tzid') === 'tzid';
  const domain = options.uidDomain ?? 'forum.opengov-id';
  const stamp = utcStamp(options.generatedAt ?? new Date());
  const items = sessions.map((s) => describeItem(s, options, domain));
  let offset: string | undefined;
  if (tzid) {
    const year = (items[0]?.start ?? '2026').slice(0, 4);
    const winter = offsetOf(`${year}-01-01T00:00:00Z`, zone);
    const summer = offsetOf(`${year}-07-01T00:00:00Z`, zone);
    if (winter !== summer) {
      throw ValidationError.single(
        'timeZone',
        {
          id: 'Zona waktu dengan waktu musim panas tidak didukung dalam format `tzid`; gunakan `timeFormat: "utc"`.',
          en: 'A time zone with daylight saving time is not supported in `tzid` format; use `timeFormat: "utc"`.',
        },
        'unsupported_time_zone',
      );
    }
    offset = winter;
  }
  const time = (name: string, instant: string) =>
    tzid ? `${name};TZID=${zone}:${basic(toZonedIso(instant, zone))}` : `${name}:${utcStamp(instant)}`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? '-//opengov-id//forum//ID')}`,
    'CALSCALE:GREGORIAN',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  if (tzid && offset) {
    lines.push('BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000');
    lines.push(`TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    const abbreviation = ZONE_ABBREVIATIONS[zone];
    if (abbreviation) lines.push(`TZNAME:${abbreviation}`);
    lines.push('END:STANDARD', 'END:VTIMEZONE');
  }
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(item.uid)}`,
      `DTSTAMP:${stamp}`,
      time('DTSTART', item.start),
    );
    if (item.end) lines.push(time('DTEND', item.end));
    lines.push(`SUMMARY:${escapeText(item.summary)}`);
    if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
    if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
    lines.push(
      `STATUS:${item.status}`,
      `CATEGORIES:${item.categories.map(escapeText).join(',')}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
