import { nextBriefing } from '../../domain/briefings';
import type { UpcomingBriefing, UpcomingBriefings } from '../mentor-kit/upcoming-briefings';
import type { BriefingRepository } from './briefing-ports';

/**
 * The briefings feature's answer to the mentor kit's port: the programme's next sent briefing
 * that mentors are invited to (every briefing invites the mentors) and that has not ended.
 * One partition read: a programme's briefings.
 */
export class BriefingCalendar implements UpcomingBriefings {
  constructor(private readonly briefings: Pick<BriefingRepository, 'ofProgramme'>) {}

  async nextFor(tenantId: string, programmeId: string, now: Date): Promise<UpcomingBriefing | undefined> {
    const next = nextBriefing(await this.briefings.ofProgramme(tenantId, programmeId), now);
    return (
      next && {
        briefingId: next.id,
        title: next.title,
        startsAt: new Date(next.startsAt),
        durationMinutes: next.durationMinutes,
        joinUrl: next.joinUrl,
      }
    );
  }
}
