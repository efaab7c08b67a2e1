import * as z from 'zod';
import {
  dayOfWeek,
  isLocalDate,
  type LocalizedMessage,
  LocalDate,
  LocalTime,
  regionCodeSchema,
} from '@opengov-id/core';
import { SourceLink, TimeZoneName } from '../shared/schemas.js';

/**
 * The levels a forum runs at, top down: the whole kabupaten, a zone (a group of kecamatan),
 * one kecamatan, one desa or kelurahan. Forum YASINAN moved down from kabupaten to kecamatan
 * and desa level during the pandemic, to avoid crowds (issue #6, OGP IDWSB0007).
 *
 * @example
 * ```ts
 * ForumLevel.parse('zona');
 * ```
 */
export const ForumLevel = z.enum({
  /** The whole regency. */
  kabupaten: 'kabupaten',
  /** A zone: a configured group of kecamatan. */
  zona: 'zona',
  /** One kecamatan. */
  kecamatan: 'kecamatan',
  /** One desa or kelurahan. */
  desa: 'desa',
});
/** One of the {@link ForumLevel} values. */
export type ForumLevel = z.output<typeof ForumLevel>;

/**
 * Labels of each {@link ForumLevel} in Indonesian and English.
 *
 * @example
 * ```ts
 * FORUM_LEVEL_LABELS.desa.id; // => 'Desa/Kelurahan'
 * ```
 */
export const FORUM_LEVEL_LABELS: Readonly<Record<ForumLevel, LocalizedMessage>> = {
  kabupaten: { id: 'Kabupaten', en: 'Regency (kabupaten)' },
  zona: { id: 'Zona', en: 'Zone' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  desa: { id: 'Desa/Kelurahan', en: 'Village (desa/kelurahan)' },
};

const KecamatanCode = regionCodeSchema({ level: 'kecamatan' });

/**
 * A zone: a named group of kecamatan that hosts the forum in turn.
 *
 * @example
 * ```ts
 * ForumZone.parse({ id: 'III', name: 'Zona III (Taliwang)', kecamatanCodes: ['52.07.02'] });
 * ```
 */
export const ForumZone = z.object({
  /** Short id used in rotation orders, e.g. `'I'`. */
  id: z.string().min(1),
  /** Display name. */
  name: z.string().min(1),
  /** Kemendagri codes of its kecamatan, at least one. */
  kecamatanCodes: z.array(KecamatanCode).min(1),
});
/** A zone; see {@link ForumZone}. */
export type ForumZone = z.output<typeof ForumZone>;

/**
 * A zone table with its legal source and version, so a regency can replace it when a new
 * decree regroups its kecamatan.
 *
 * @example
 * ```ts
 * ZoneTable.parse({ version: 'v1', source: 'Keputusan Bupati ...', zones: [{ id: 'A', name: 'Zona A', kecamatanCodes: ['52.07.02'] }] });
 * ```
 */
export const ZoneTable = z.object({
  /** Version tag of the table. */
  version: z.string().min(1),
  /** The decree or publisher the grouping comes from. */
  source: z.string().min(1),
  /** Where the source can be read. */
  sourceUrl: z.url().optional(),
  /** The zones, in the order they are listed by the source. */
  zones: z.array(ForumZone).min(1),
});
/** A zone table; see {@link ZoneTable}. */
export type ZoneTable = z.output<typeof ZoneTable>;

/**
 * What happens to a regular session whose date is a day off (libur nasional, Keppres day, a
 * regional day off and, with `includeCutiBersama`, cuti bersama):
 * - `skip`: no session that week;
 * - `move_earlier`: the nearest earlier working day, if one lies after the previous regular date;
 * - `move_later`: the nearest later working day, if one lies before the next regular date;
 * - `hold`: held anyway.
 * A move that finds no working day inside the week is a skip.
 *
 * @example
 * ```ts
 * HolidayRule.parse('move_earlier');
 * ```
 */
export const HolidayRule = z.enum({
  /** No session that week. */
  skip: 'skip',
  /** Move to the nearest earlier working day in the same week window. */
  move_earlier: 'move_earlier',
  /** Move to the nearest later working day in the same week window. */
  move_later: 'move_later',
  /** Hold the session anyway. */
  hold: 'hold',
});
/** One of the {@link HolidayRule} values. */
export type HolidayRule = z.output<typeof HolidayRule>;

/**
 * Labels of each {@link HolidayRule} in Indonesian and English.
 *
 * @example
 * ```ts
 * HOLIDAY_RULE_LABELS.skip.id; // => 'Ditiadakan'
 * ```
 */
export const HOLIDAY_RULE_LABELS: Readonly<Record<HolidayRule, LocalizedMessage>> = {
  skip: { id: 'Ditiadakan', en: 'Skipped' },
  move_earlier: { id: 'Dimajukan ke hari kerja sebelumnya', en: 'Moved to the previous working day' },
  move_later: { id: 'Dimundurkan ke hari kerja berikutnya', en: 'Moved to the next working day' },
  hold: { id: 'Tetap dilaksanakan', en: 'Held anyway' },
};

/**
 * How zones take turns:
 * - `per_session`: each session that is held goes to the next zone; a skipped week does not use
 *   up a zone's turn (the zone hosts the next session instead);
 * - `per_week`: the zone follows the week number since `anchorDate`, held or not.
 *
 * @example
 * ```ts
 * RotationAdvance.parse('per_session');
 * ```
 */
export const RotationAdvance = z.enum({
  /** Each held session moves to the next zone. */
  per_session: 'per_session',
  /** The zone follows the week number. */
  per_week: 'per_week',
});
/** One of the {@link RotationAdvance} values. */
export type RotationAdvance = z.output<typeof RotationAdvance>;

/**
 * A rotation of the zone-level sessions among zones, counted from an anchor date (a regular
 * session date on the series' weekday, hosted by `order[0]`).
 *
 * @example
 * ```ts
 * ZoneRotation.parse({ anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] });
 * ```
 */
export const ZoneRotation = z.object({
  /** A regular session date (on the series' weekday) hosted by the first zone of `order`. */
  anchorDate: LocalDate,
  /** Zone ids in turn order; a zone may appear more than once to host more often. */
  order: z.array(z.string().min(1)).min(1),
  /** How turns advance. @defaultValue `'per_session'` */
  advance: RotationAdvance.default('per_session'),
});
/** A zone rotation; see {@link ZoneRotation}. */
export type ZoneRotation = z.output<typeof ZoneRotation>;

/**
 * Series defaults for Forum YASINAN: Thursday (malam Jumat: the Thursday's date, evening
 * start), 19:00 in WITA, three hours. Maghrib in Sumbawa Barat (about 8.7° S, 116.9° E) falls
 * between roughly 18:00 and 18:30 WITA across the year, so 19:00 is after Maghrib in every
 * season; set `startTime` to your own.
 *
 * @example
 * ```ts
 * FORUM_SERIES_DEFAULTS.weekday; // => 4 (Kamis)
 * ```
 */
export const FORUM_SERIES_DEFAULTS = {
  /** 0 = Minggu … 4 = Kamis … 6 = Sabtu (the numbering of `dayOfWeek` in core). */
  weekday: 4,
  /** Local start time. */
  startTime: '19:00',
  /** Length of a session in minutes. */
  durationMinutes: 180,
  /** WITA. */
  timeZone: 'Asia/Makassar',
} as const;

const RegencyCode = regionCodeSchema({ level: 'kabupaten_kota' });
const HostAreaCode = regionCodeSchema({ level: ['kabupaten_kota', 'kecamatan', 'desa_kelurahan'] });

const ForumSeriesObject = z.object({
  /** Unique id, e.g. `'ksb-yasinan'`. */
  id: z.string().min(1),
  /** Display name, e.g. `'Forum YASINAN Kabupaten Sumbawa Barat'`. */
  name: z.string().min(1),
  /** Kemendagri code of the kabupaten/kota that runs the forum. */
  regencyCode: RegencyCode,
  /** Id of the organizing organization (Popolo `organization_id`). */
  organizerId: z.string().min(1).optional(),
  /** Day of the week of regular sessions, 0 = Minggu … 6 = Sabtu. @defaultValue 4 (Kamis) */
  weekday: z.int().min(0).max(6).default(FORUM_SERIES_DEFAULTS.weekday),
  /** Local start time, `HH:mm`. @defaultValue `'19:00'` */
  startTime: LocalTime.default(FORUM_SERIES_DEFAULTS.startTime),
  /** Length in minutes. @defaultValue 180 */
  durationMinutes: z.int().min(15).max(720).default(FORUM_SERIES_DEFAULTS.durationMinutes),
  /** Time zone the weekday and time are read in. @defaultValue `'Asia/Makassar'` (WITA) */
  timeZone: TimeZoneName.default(FORUM_SERIES_DEFAULTS.timeZone),
  /** Levels the series runs at. @defaultValue every level */
  levels: z.array(ForumLevel).min(1).default(['kabupaten', 'zona', 'kecamatan', 'desa']),
  /** Level of the regular (scheduled) sessions. @defaultValue `'kabupaten'` */
  regularLevel: ForumLevel.default('kabupaten'),
  /** Host area of regular sessions at kabupaten, kecamatan or desa level; defaults to `regencyCode`. */
  hostAreaCode: HostAreaCode.optional(),
  /** The zones, with their source. Required for zone-level sessions. */
  zones: ZoneTable.optional(),
  /** How zone-level sessions rotate. Required when `regularLevel` is `'zona'`. */
  rotation: ZoneRotation.optional(),
  /** What to do when a regular date is a day off. @defaultValue `'skip'` */
  holidayRule: HolidayRule.default('skip'),
  /** Whether cuti bersama count as days off for `holidayRule`. @defaultValue true */
  includeCutiBersama: z.boolean().default(true),
  /** Most people one venue may hold (officials and citizens), if capped. */
  attendanceCap: z.int().positive().optional(),
  /** First regular date; none are scheduled before it. */
  startDate: LocalDate.optional(),
  /** Last regular date; none are scheduled after it. */
  endDate: LocalDate.optional(),
  /** Documents the series is based on. */
  sources: z.array(SourceLink).optional(),
});

/**
 * A forum series (e.g. Forum YASINAN of one regency) and its rules: weekday and start time in
 * local time, levels, zones, rotation, what happens on days off, and an attendance cap.
 *
 * Checked: zone kecamatan lie inside `regencyCode` and belong to one zone only; the rotation
 * names known zones and its anchor falls on `weekday`; zone-level series have zones and a
 * rotation; `regularLevel` is one of `levels`; `startDate` is not after `endDate`.
 *
 * @example
 * ```ts
 * const series = ForumSeries.parse({
 *   id: 'ksb-yasinan',
 *   name: 'Forum YASINAN Kabupaten Sumbawa Barat',
 *   regencyCode: '52.07',
 *   regularLevel: 'zona',
 *   zones: KSB_ZONES,
 *   rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] },
 * });
 * series.startTime; // => '19:00'
 * ```
 */
export const ForumSeries = ForumSeriesObject.check((ctx) => {
  const s = ctx.value;
  const issue = (path: PropertyKey[], en: string, id: string) =>
    ctx.issues.push({ code: 'custom', input: s, path, message: en, params: { id } });
  if (!s.levels.includes(s.regularLevel))
    issue(['regularLevel'], 'must be one of the series levels.', 'harus salah satu tingkat seri.');
  if (s.startDate !== undefined && s.endDate !== undefined && s.startDate > s.endDate)
    issue(['endDate'], 'must not be before startDate.', 'tidak boleh sebelum startDate.');
  const seen = new Map<string, string>();
  const zoneIds = new Set<string>();
  s.zones?.zones.forEach((zone, z) => {
    if (zoneIds.has(zone.id))
      issue(['zones', 'zones', z, 'id'], 'zone ids must be unique.', 'id zona harus unik.');
    zoneIds.add(zone.id);
    zone.kecamatanCodes.forEach((code, k) => {
      const path = ['zones', 'zones', z, 'kecamatanCodes', k];
      if (!code.startsWith(`${s.regencyCode}.`))
        issue(path, 'must be a kecamatan of regencyCode.', 'harus kecamatan di dalam regencyCode.');
      else if (seen.has(code)) issue(path, 'belongs to two zones.', 'termasuk dalam dua zona.');
      seen.set(code, zone.id);
    });
  });
  if (s.regularLevel === 'zona' && (s.zones === undefined || s.rotation === undefined))
    issue(
      ['rotation'],
      'zone-level series need zones and a rotation.',
      'seri tingkat zona wajib memiliki zona dan rotasi.',
    );
  if (s.rotation) {
    s.rotation.order.forEach((id, i) => {
      if (!zoneIds.has(id))
        issue(['rotation', 'order', i], 'is not a zone id of zones.', 'bukan id zona pada zones.');
    });
    if (isLocalDate(s.rotation.anchorDate) && dayOfWeek(s.rotation.anchorDate) !== s.weekday)
      issue(['rotation', 'anchorDate'], 'must fall on the series weekday.', 'harus jatuh pada hari seri.');
  }
  if (s.hostAreaCode !== undefined && !`${s.hostAreaCode}.`.startsWith(`${s.regencyCode}.`))
    issue(['hostAreaCode'], 'must lie inside regencyCode.', 'harus berada di dalam regencyCode.');
});
/** A forum series as parsed (defaults filled in); see {@link ForumSeries}. */
export type ForumSeries = z.output<typeof ForumSeries>;
/** A forum series as written by a caller (defaults optional); see {@link ForumSeries}. */
export type ForumSeriesInput = z.input<typeof ForumSeries>;
