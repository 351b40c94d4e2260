import { MessageFactory, type Activity } from 'botbuilder';
import { toWallClock, type DueEntry, type Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import type { Translate } from '../../i18n';
import type { MeetingNotifier } from '../../jobs/reminder-scheduler';
import type { MatchingService } from '../../services/matching/matching-service';
import { cardAttachment } from '../cards/card-template';
import { allSent, isComplete, type PairMessenger } from '../pair-messenger';
import { checkInCard } from './meeting.cards';

/**
 * Delivers reminders and check-ins: to the pair's chat when it is bound (in the mentee's
 * language and time zone; the executive is the reader to serve), else to each person's
 * personal chat in their own language and time zone.
 */
export class TeamsMeetingNotifier implements MeetingNotifier {
  constructor(
    private readonly matching: MatchingService,
    private readonly messenger: PairMessenger,
  ) {}

  async notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'> {
    const full = await this.matching.pairWithPeopleForJob(entry.programmeId, entry.pairId);
    if (!isComplete(full)) return 'failed';
    const target = full.programme?.meetingsTarget ?? meeting.number;
    return allSent(await this.messenger.toPair(full, (t, reader) => this.message(t, entry, meeting, target, reader))) ? 'sent' : 'failed';
  }

  private message(t: Translate, entry: DueEntry, meeting: Meeting, target: number, reader: Profile): Partial<Activity> {
    if (entry.kind === 'check-in') return MessageFactory.attachment(cardAttachment(checkInCard(t, meeting)));
    const local = toWallClock(new Date(meeting.startsAt), reader.timeZone);
    const when = local.ok ? local.value : { date: meeting.startsAt.slice(0, 10), time: meeting.startsAt.slice(11, 16) };
    return MessageFactory.text(t('meetings.reminder', { number: meeting.number, target, lead: leadText(t, entry.leadMinutes ?? 0), date: when.date, time: when.time, timeZone: local.ok ? reader.timeZone : 'UTC' }));
  }
}

function leadText(t: Translate, minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? t('meetings.leadHours', { count: minutes / 60 }) : t('meetings.leadMinutes', { count: minutes });
}
