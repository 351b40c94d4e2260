/** A briefing session as the mentor kit shows it: what, when, how long and where to join. */
export interface UpcomingBriefing {
  briefingId: string;
  title: string;
  /** The start, as a UTC instant; each reader sees it in their own time zone. */
  startsAt: Date;
  durationMinutes: number;
  /** The Teams meeting's join link (https). */
  joinUrl: string;
}

/**
 * The port through which the mentor kit learns the next briefing session. A port because the
 * kit only shows it, while the briefings feature plans, invites and reminds.
 */
export interface UpcomingBriefings {
  /** The programme's next briefing a mentor is invited to (for mentors or for everyone) that has not ended by `now`. */
  nextFor(tenantId: string, programmeId: string, now: Date): Promise<UpcomingBriefing | undefined>;
}
