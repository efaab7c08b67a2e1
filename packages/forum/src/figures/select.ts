/**
 * What {@link figuresInputForSeries} reads from an aspiration.
 *
 * @example
 * ```ts
 * const member: SeriesMember = { id: 'asp-1', sessionId: 'yasinan-2026-01-08' };
 * ```
 */
export interface SeriesMember {
  /** Its id (follow-ups point at it). */
  readonly id: string;
  /** The series it names, if any. */
  readonly seriesId?: string | undefined;
  /** The session it was raised in, if any. */
  readonly sessionId?: string | undefined;
}

/**
 * The records {@link figuresInputForSeries} chooses from.
 *
 * @example
 * ```ts
 * declare const aspirations: Aspiration[]; // from your database
 * declare const followUps: FollowUp[];
 * declare const sessions: ForumSession[];
 * const records: ForumRecords<Aspiration, FollowUp, ForumSession> = { aspirations, followUps, sessions };
 * ```
 */
export interface ForumRecords<
  A extends SeriesMember,
  F extends { readonly aspirationId: string },
  S extends { readonly id: string; readonly seriesId?: string | undefined },
> {
  /** Aspirations. */
  readonly aspirations: readonly A[];
  /** Follow-ups. */
  readonly followUps: readonly F[];
  /** Sessions. */
  readonly sessions: readonly S[];
}

/**
 * The records of one series, as `computeFigures` should see them: the series' sessions, the
 * aspirations that name the series or were raised in one of its sessions, and their follow-ups.
 * Without a `seriesId`, every record. The one rule for "figures of a series", shared by the
 * in-memory API and servers.
 *
 * @example
 * ```ts
 * declare const records: ForumRecords<Aspiration, FollowUp, ForumSession>; // from your database
 * const input = figuresInputForSeries(records, 'ksb-yasinan');
 * computeFigures(input, { groupBy: 'zone', asOf: '2026-06-30' });
 * ```
 */
export function figuresInputForSeries<
  A extends SeriesMember,
  F extends { readonly aspirationId: string },
  S extends { readonly id: string; readonly seriesId?: string | undefined },
>(
  records: ForumRecords<A, F, S>,
  seriesId: string | undefined,
): { aspirations: A[]; followUps: F[]; sessions: S[] } {
  if (seriesId === undefined)
    return {
      aspirations: [...records.aspirations],
      followUps: [...records.followUps],
      sessions: [...records.sessions],
    };
  const sessions = records.sessions.filter((s) => s.seriesId === seriesId);
  const sessionIds = new Set(sessions.map((s) => s.id));
  const aspirations = records.aspirations.filter(
    (a) => a.seriesId === seriesId || (a.sessionId !== undefined && sessionIds.has(a.sessionId)),
  );
  const chosen = new Set(aspirations.map((a) => a.id));
  const followUps = records.followUps.filter((f) => chosen.has(f.aspirationId));
  return { aspirations, followUps, sessions };
}
