import { MessageFactory, type Activity } from 'botbuilder';
import { languageOf } from '../../domain/language';
import { toWallClock, type DueEntry, type Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import { translator, type Translate } from '../../i18n';
import type { MeetingNotifier } from '../../jobs/reminder-scheduler';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import { cardAttachment } from '../cards/card-template';
import type { ProactiveSender } from '../proactive';
import { checkInCard } from './meeting.cards';
import { agendaText } from '../polls/agenda-text';
import type { Material } from '../../domain/programme/programme';

/**
 * Delivers reminders and check-ins: to the pair's chat when it is bound (in the mentee's
 * language and time zone; the executive is the reader to serve), else to each person's
 * personal chat in their own language and time zone.
 */
export class TeamsMeetingNotifier implements MeetingNotifier {
  constructor(
    private readonly matching: MatchingService,
    private readonly directory: ConversationDirectory,
    private readonly proactive: ProactiveSender,
  ) {}

  async notify(entry: DueEntry, meeting: Meeting): Promise<'sent' | 'failed'> {
    const full = await this.matching.pairWithPeopleForJob(entry.programmeId, entry.pairId);
    if (!full?.mentor || !full.mentee) return 'failed';
    const tenantId = full.pair.tenantId;
    const target = full.programme?.meetingsTarget ?? meeting.number;
    const chat = full.pair.chatId ? await this.directory.findConversation(tenantId, 'groupChat', full.pair.chatId) : undefined;
    const recipients: Array<{ reference: Record<string, unknown>; reader: Profile }> = chat
      ? [{ reference: chat.reference, reader: full.mentee }]
      : (await Promise.all([full.mentor, full.mentee].map(async (reader) => ({ reader, address: await this.directory.findPerson(tenantId, reader.aadObjectId) }))))
          .flatMap(({ reader, address }) => (address ? [{ reference: address.reference, reader }] : []));
    const materials = full.programme?.materials ?? [];
    const outcomes = await Promise.all(recipients.map(({ reference, reader }) => this.proactive.send(reference, this.message(entry, meeting, target, reader, materials))));
    return outcomes.length > 0 && outcomes.every((o) => o.status === 'sent') ? 'sent' : 'failed';
  }

  private message(entry: DueEntry, meeting: Meeting, target: number, reader: Profile, materials: readonly Material[]): Partial<Activity> {
    const t = translator(languageOf(reader.locale));
    if (entry.kind === 'check-in') return MessageFactory.attachment(cardAttachment(checkInCard(t, meeting)));
    const local = toWallClock(new Date(meeting.startsAt), reader.timeZone);
    const when = local.ok ? local.value : { date: meeting.startsAt.slice(0, 10), time: meeting.startsAt.slice(11, 16) };
    return MessageFactory.text(t('meetings.reminder', { number: meeting.number, target, lead: leadText(t, entry.leadMinutes ?? 0), date: when.date, time: when.time, timeZone: local.ok ? reader.timeZone : 'UTC' }) + agendaText(t, meeting, materials));
  }
}

function leadText(t: Translate, minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? t('meetings.leadHours', { count: minutes / 60 }) : t('meetings.leadMinutes', { count: minutes });
}
