import * as z from 'zod';
import { type LocalizedMessage, regionCodeSchema } from '@opengov-id/core';
import { ForumLevel } from '../series/schemas.js';
import { instantMs } from '../shared/dates.js';
import { Attachment, ChangedBy, Instant, SourceLink } from '../shared/schemas.js';

/**
 * The status of a session. The first four are Popolo's event status codes; `held` means it
 * took place (Open Civic Data's `passed`).
 *
 * @example
 * ```ts
 * SessionStatus.parse('held');
 * ```
 */
export const SessionStatus = z.enum({
  /** Planned, not yet confirmed. */
  tentative: 'tentative',
  /** Confirmed. */
  confirmed: 'confirmed',
  /** Postponed to a date not yet set. */
  postponed: 'postponed',
  /** Cancelled. */
  cancelled: 'cancelled',
  /** It took place. */
  held: 'held',
});
/** One of the {@link SessionStatus} values. */
export type SessionStatus = z.output<typeof SessionStatus>;

/**
 * Labels of each {@link SessionStatus} in Indonesian and English.
 *
 * @example
 * ```ts
 * SESSION_STATUS_LABELS.postponed.id; // => 'Ditunda'
 * ```
 */
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, LocalizedMessage>> = {
  tentative: { id: 'Rencana', en: 'Tentative' },
  confirmed: { id: 'Terkonfirmasi', en: 'Confirmed' },
  postponed: { id: 'Ditunda', en: 'Postponed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  held: { id: 'Terlaksana', en: 'Held' },
};

/**
 * Kinds of agenda item in a Forum YASINAN evening (mediaksb.com, 19 June 2025: prayers and
 * Surat Yasin, OPD heads report programme progress, open dialogue, the Bupati's closing).
 *
 * @example
 * ```ts
 * AgendaItemKind.parse('opd_report');
 * ```
 */
export const AgendaItemKind = z.enum({
  /** Opening (prayers, Surat Yasin, welcome). */
  opening: 'opening',
  /** An OPD's programme report. */
  opd_report: 'opd_report',
  /** Dialogue: citizens' aspirations and answers. */
  dialogue: 'dialogue',
  /** Closing direction by the chair (arahan Bupati). */
  closing_direction: 'closing_direction',
});
/** One of the {@link AgendaItemKind} values. */
export type AgendaItemKind = z.output<typeof AgendaItemKind>;

/**
 * Labels of each {@link AgendaItemKind} in Indonesian and English.
 *
 * @example
 * ```ts
 * AGENDA_ITEM_KIND_LABELS.opd_report.id; // => 'Paparan program OPD'
 * ```
 */
export const AGENDA_ITEM_KIND_LABELS: Readonly<Record<AgendaItemKind, LocalizedMessage>> = {
  opening: { id: 'Pembukaan', en: 'Opening' },
  opd_report: { id: 'Paparan program OPD', en: 'OPD programme report' },
  dialogue: { id: 'Dialog', en: 'Dialogue' },
  closing_direction: { id: 'Arahan penutup', en: 'Closing direction' },
};

/**
 * Who speaks or acts for an item or a role: a person, a post, an organization, or a name.
 * At least one of them.
 *
 * @example
 * ```ts
 * Actor.parse({ organizationId: 'ksb-dinkes', postId: 'ksb-kadis-kesehatan' });
 * ```
 */
export const Actor = z
  .object({
    /** Popolo person id. */
    personId: z.string().min(1).optional(),
    /** Popolo post id. */
    postId: z.string().min(1).optional(),
    /** Popolo organization id. */
    organizationId: z.string().min(1).optional(),
    /** A display name, when there is no record. */
    name: z.string().min(1).optional(),
  })
  .refine((a) => a.personId ?? a.postId ?? a.organizationId ?? a.name, {
    message: 'needs a personId, postId, organizationId or name.',
    params: { id: 'wajib memiliki personId, postId, organizationId atau name.' },
  });
/** An actor; see {@link Actor}. */
export type Actor = z.output<typeof Actor>;

/**
 * One item of a session's agenda.
 *
 * @example
 * ```ts
 * AgendaItem.parse({ position: 2, kind: 'opd_report', title: 'Kartu KSB Maju', presenter: { organizationId: 'ksb-dinsos' }, sector: 'sosial', durationMinutes: 20 });
 * ```
 */
export const AgendaItem = z.object({
  /** Order in the agenda, from 1. */
  position: z.int().min(1),
  /** What kind of item. */
  kind: AgendaItemKind,
  /** Title. */
  title: z.string().min(1),
  /** Longer description. */
  description: z.string().optional(),
  /** Who presents. */
  presenter: Actor.optional(),
  /** Sector (bidang) id from the sector taxonomy. */
  sector: z.string().min(1).optional(),
  /** Planned length in minutes. */
  durationMinutes: z.int().min(1).max(720).optional(),
});
/** An agenda item; see {@link AgendaItem}. */
export type AgendaItem = z.output<typeof AgendaItem>;

/**
 * Roles counted in attendance figures: officials by post, and citizens by group.
 *
 * @example
 * ```ts
 * AttendeeRole.parse('camat');
 * ```
 */
export const AttendeeRole = z.enum({
  /** Bupati. */
  bupati: 'bupati',
  /** Wakil Bupati. */
  wakil_bupati: 'wakil_bupati',
  /** Sekretaris Daerah. */
  sekretaris_daerah: 'sekretaris_daerah',
  /** DPRD leader or member. */
  dprd: 'dprd',
  /** Head of an OPD (SKPD). */
  kepala_opd: 'kepala_opd',
  /** Camat. */
  camat: 'camat',
  /** Kepala Desa. */
  kepala_desa: 'kepala_desa',
  /** Lurah. */
  lurah: 'lurah',
  /** Forkopimda, TNI, Polri (Kapolsek, Danramil, Babinsa, Bhabinkamtibmas). */
  forkopimda: 'forkopimda',
  /** BUMN or BUMD. */
  bumn_bumd: 'bumn_bumd',
  /** Agen Gotong Royong (PDPGR). */
  agen_gotong_royong: 'agen_gotong_royong',
  /** Community, religious or youth figure. */
  tokoh_masyarakat: 'tokoh_masyarakat',
  /** Citizen. */
  warga: 'warga',
  /** Other. */
  lainnya: 'lainnya',
});
/** One of the {@link AttendeeRole} values. */
export type AttendeeRole = z.output<typeof AttendeeRole>;

/**
 * Labels of each {@link AttendeeRole} in Indonesian and English.
 *
 * @example
 * ```ts
 * ATTENDEE_ROLE_LABELS.kepala_opd.en; // => 'Head of a regional agency (OPD)'
 * ```
 */
export const ATTENDEE_ROLE_LABELS: Readonly<Record<AttendeeRole, LocalizedMessage>> = {
  bupati: { id: 'Bupati', en: 'Regent (Bupati)' },
  wakil_bupati: { id: 'Wakil Bupati', en: 'Vice Regent' },
  sekretaris_daerah: { id: 'Sekretaris Daerah', en: 'Regional Secretary' },
  dprd: { id: 'Pimpinan/anggota DPRD', en: 'DPRD leader or member' },
  kepala_opd: { id: 'Kepala OPD', en: 'Head of a regional agency (OPD)' },
  camat: { id: 'Camat', en: 'District head (Camat)' },
  kepala_desa: { id: 'Kepala Desa', en: 'Village head (Kepala Desa)' },
  lurah: { id: 'Lurah', en: 'Urban village head (Lurah)' },
  forkopimda: { id: 'Forkopimda/TNI/Polri', en: 'Forkopimda, military or police' },
  bumn_bumd: { id: 'BUMN/BUMD', en: 'State or regional enterprise' },
  agen_gotong_royong: { id: 'Agen Gotong Royong', en: 'Gotong Royong agent' },
  tokoh_masyarakat: { id: 'Tokoh masyarakat/agama/pemuda', en: 'Community, religious or youth figure' },
  warga: { id: 'Warga', en: 'Citizen' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/**
 * An official present at a session, by post and organization.
 *
 * @example
 * ```ts
 * OfficialAttendance.parse({ role: 'camat', organizationId: 'ksb-kec-taliwang', postId: 'ksb-camat-taliwang' });
 * ```
 */
export const OfficialAttendance = z.object({
  /** Role counted in figures. */
  role: AttendeeRole,
  /** Organization the official represents. */
  organizationId: z.string().min(1),
  /** Post held. */
  postId: z.string().min(1).optional(),
  /** Person, when known. */
  personId: z.string().min(1).optional(),
  /** Attended in someone's place (a deputy). */
  representing: z.boolean().optional(),
});
/** An official's attendance; see {@link OfficialAttendance}. */
export type OfficialAttendance = z.output<typeof OfficialAttendance>;

/**
 * Citizens present, counted per group and optionally per desa: minimal personal data, no names.
 *
 * @example
 * ```ts
 * CitizenAttendance.parse({ role: 'agen_gotong_royong', count: 300 });
 * ```
 */
export const CitizenAttendance = z.object({
  /** The group counted. */
  role: AttendeeRole,
  /** How many. */
  count: z.int().min(0),
  /** Desa/kelurahan or kecamatan they came from. */
  areaCode: regionCodeSchema({ level: ['kecamatan', 'desa_kelurahan'] }).optional(),
});
/** A citizen head count; see {@link CitizenAttendance}. */
export type CitizenAttendance = z.output<typeof CitizenAttendance>;

/**
 * Attendance of a session.
 *
 * @example
 * ```ts
 * Attendance.parse({ officials: [{ role: 'bupati', organizationId: 'pemkab-ksb' }], citizens: [{ role: 'warga', count: 120 }] });
 * ```
 */
export const Attendance = z.object({
  /** Officials present. */
  officials: z.array(OfficialAttendance).default([]),
  /** Citizens counted by group. */
  citizens: z.array(CitizenAttendance).default([]),
});
/** Attendance; see {@link Attendance}. */
export type Attendance = z.output<typeof Attendance>;

/**
 * The venue of a session.
 *
 * @example
 * ```ts
 * Venue.parse({ name: 'Gedung Sentral', address: 'Kel. Bugis, Taliwang', areaCode: '52.07.02.1006', capacity: 400 });
 * ```
 */
export const Venue = z.object({
  /** Name. */
  name: z.string().min(1),
  /** Street address. */
  address: z.string().optional(),
  /** Kemendagri code of its desa/kelurahan or kecamatan. */
  areaCode: regionCodeSchema({ level: ['kecamatan', 'desa_kelurahan'] }).optional(),
  /** WGS 84 coordinates. */
  coordinates: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional(),
  /** A page about it or a map link. */
  url: z.url().optional(),
  /** How many people it holds. */
  capacity: z.int().positive().optional(),
});
/** A venue; see {@link Venue}. */
export type Venue = z.output<typeof Venue>;

/**
 * The closing report (notulen) of a held session.
 *
 * @example
 * ```ts
 * ClosingReport.parse({ summary: '14 aspirasi, 9 dijawab di forum.', decisions: ['Dinas PUPR meninjau jalan Desa Goa'] });
 * ```
 */
export const ClosingReport = z.object({
  /** Summary. */
  summary: z.string().min(1),
  /** Decisions and directions given. */
  decisions: z.array(z.string().min(1)).optional(),
  /** Who wrote it. */
  author: Actor.optional(),
  /** When it was signed off. */
  approvedAt: Instant.optional(),
});
/** A closing report; see {@link ClosingReport}. */
export type ClosingReport = z.output<typeof ClosingReport>;

/**
 * What was done to a session after it was planned: created, rescheduled, cancelled, confirmed,
 * postponed or recorded as held.
 *
 * @example
 * ```ts
 * SessionChangeAction.parse('rescheduled');
 * ```
 */
export const SessionChangeAction = z.enum({
  /** Scheduled through the API. */
  created: 'created',
  /** Moved to another date, time or place. */
  rescheduled: 'rescheduled',
  /** Called off. */
  cancelled: 'cancelled',
  /** A tentative session confirmed (published). */
  confirmed: 'confirmed',
  /** Put off to a date not yet set. */
  postponed: 'postponed',
  /** Recorded as having taken place. */
  held: 'held',
});
/** One of the {@link SessionChangeAction} values. */
export type SessionChangeAction = z.output<typeof SessionChangeAction>;

/**
 * One entry of a session's change history: when, who (role and organization, never a
 * person's data), why, and for a reschedule the date, time and place it had before.
 *
 * @example
 * ```ts
 * SessionChange.parse({
 *   at: '2026-01-05T09:00:00+08:00',
 *   action: 'rescheduled',
 *   by: { role: 'officer', organizationId: 'pemkab-ksb' },
 *   reason: 'Gedung dipakai untuk vaksinasi.',
 *   previous: { startsAt: '2026-01-08T19:00:00+08:00' },
 * });
 * ```
 */
export const SessionChange = z.object({
  /** When the change was made. */
  at: Instant,
  /** What was done. */
  action: SessionChangeAction,
  /** Who made it. */
  by: ChangedBy,
  /** Why (required for a reschedule, a postponement or a cancellation). */
  reason: z.string().min(1).optional(),
  /** Date, time and place before a reschedule. */
  previous: z.object({ startsAt: Instant, endsAt: Instant.optional(), venue: Venue.optional() }).optional(),
});
/** A session change; see {@link SessionChange}. */
export type SessionChange = z.output<typeof SessionChange>;

/**
 * The fields a stored session shares with a new one (`NewSession`): one definition, so a session
 * scheduled through the API and one read back are described alike. Internal: spread into both.
 */
export const SESSION_IDENTITY = {
  /** Unique id. */
  id: z.string().min(1),
  /** The series; absent for a one-off session. */
  seriesId: z.string().min(1).optional(),
  /**
   * The organizing office (Popolo organization id), whose officers may reschedule or cancel it.
   * When scheduling: an officer's own office by default, else the series' organizer.
   */
  organizerId: z.string().min(1).optional(),
  /** Name, e.g. `'Forum YASINAN Zona I'`. */
  name: z.string().min(1).optional(),
  /** Level. */
  level: ForumLevel,
  /** Zone id, for a zone-level session. */
  zoneId: z.string().min(1).optional(),
  /** Kemendagri code of the area served (kecamatan or desa for those levels, kabupaten otherwise). */
  areaCode: regionCodeSchema({ level: ['kabupaten_kota', 'kecamatan', 'desa_kelurahan'] }).optional(),
};

/**
 * One session of a forum series: level and zone or area, venue, times, status, chair,
 * agenda, attendance, documents, media and the closing report.
 *
 * Checked: `endsAt` after `startsAt`; a zone-level session names its zone; a kecamatan or desa
 * session has an area code of that level; agenda positions are unique; only a held session
 * has a closing report.
 *
 * @example
 * ```ts
 * const session = ForumSession.parse({
 *   id: 'yasinan-2026-01-08',
 *   seriesId: 'ksb-yasinan',
 *   level: 'zona',
 *   zoneId: 'I',
 *   startsAt: '2026-01-08T19:00:00+08:00',
 *   status: 'confirmed',
 * });
 * session.agenda; // => []
 * ```
 */
export const ForumSession = z
  .object({
    ...SESSION_IDENTITY,
    /** Id of the session this one is part of (a zone session within a kabupaten-wide evening). */
    parentId: z.string().min(1).optional(),
    /** Venue. */
    venue: Venue.optional(),
    /** Start. */
    startsAt: Instant,
    /** End. */
    endsAt: Instant.optional(),
    /** Status. */
    status: SessionStatus,
    /** Chair (usually the Bupati). */
    chair: Actor.optional(),
    /** Agenda, in order. */
    agenda: z.array(AgendaItem).default([]),
    /** Attendance. */
    attendance: Attendance.optional(),
    /** Documents (invitation, presentation, notulen file). */
    documents: z.array(Attachment).default([]),
    /** Media (photos, recordings, live stream). */
    media: z.array(Attachment).default([]),
    /** Closing report. */
    closingReport: ClosingReport.optional(),
    /** Sources. */
    sources: z.array(SourceLink).optional(),
    /** Changes made through the API, oldest first (the audit trail). */
    history: z.array(SessionChange).optional(),
  })
  .check((ctx) => {
    const s = ctx.value;
    const issue = (path: PropertyKey[], en: string, id: string) =>
      ctx.issues.push({ code: 'custom', input: s, path, message: en, params: { id } });
    if (s.endsAt !== undefined && instantMs(s.endsAt) <= instantMs(s.startsAt))
      issue(['endsAt'], 'must be after startsAt.', 'harus setelah startsAt.');
    if (s.level === 'zona' && s.zoneId === undefined)
      issue(['zoneId'], 'is required for a zone-level session.', 'wajib diisi untuk sesi tingkat zona.');
    const parts = s.areaCode?.split('.').length;
    if (s.level === 'kecamatan' && parts !== 3)
      issue(
        ['areaCode'],
        'must be a kecamatan code for a kecamatan-level session.',
        'harus kode kecamatan untuk sesi tingkat kecamatan.',
      );
    if (s.level === 'desa' && parts !== 4)
      issue(
        ['areaCode'],
        'must be a desa/kelurahan code for a desa-level session.',
        'harus kode desa/kelurahan untuk sesi tingkat desa.',
      );
    const positions = new Set<number>();
    s.agenda.forEach((item, i) => {
      if (positions.has(item.position))
        issue(['agenda', i, 'position'], 'must be unique in the agenda.', 'harus unik dalam agenda.');
      positions.add(item.position);
    });
    if (s.closingReport !== undefined && s.status !== 'held')
      issue(['closingReport'], 'is only for a held session.', 'hanya untuk sesi yang terlaksana.');
  });
/** A session as parsed; see {@link ForumSession}. */
export type ForumSession = z.output<typeof ForumSession>;
/** A session as written by a caller; see {@link ForumSession}. */
export type ForumSessionInput = z.input<typeof ForumSession>;

/**
 * Head count of a session: officials plus citizens counted.
 *
 * @example
 * ```ts
 * attendanceTotal({ officials: [{ role: 'bupati', organizationId: 'pemkab-ksb' }], citizens: [{ role: 'warga', count: 120 }] }); // => 121
 * ```
 */
export function attendanceTotal(attendance: Attendance | undefined): number {
  if (!attendance) return 0;
  return attendance.officials.length + attendance.citizens.reduce((sum, c) => sum + c.count, 0);
}

/**
 * The attendance cap that applies to a session: the lower of the venue's capacity and the
 * series' cap, or `undefined` when neither is set. Compare it with {@link attendanceTotal}.
 *
 * @example
 * ```ts
 * attendanceCapOf({ venue: { capacity: 150 } }, { attendanceCap: 200 }); // => 150
 * ```
 */
export function attendanceCapOf(
  session: { readonly venue?: { readonly capacity?: number | undefined } | undefined },
  series: { readonly attendanceCap?: number | undefined },
): number | undefined {
  const caps = [session.venue?.capacity, series.attendanceCap].filter((c): c is number => c !== undefined);
  return caps.length === 0 ? undefined : Math.min(...caps);
}
