import { MessageFactory, type Activity } from 'botbuilder';
import type { DueEntry, Meeting } from '../../domain/meetings';
import type { Profile } from '../../domain/participant/profile';
import type { Material } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatDateTime } from '../../i18n/format-date-time';
import type { MeetingNotifier } from '../../services/meetings/meeting-ports';
import type { MatchingService } from '../../services/matching/matching-service';
import { cardAttachment } from '../cards/card-template';
import { allSent, isComplete, type PairMessenger } from '../pair-messenger';
import { checkInCard, leadText, reminderCard } from './meeting.cards';
import { agendaText } from '../polls/agenda-text';

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
    const target = full.programme.meetingsTarget;
    const people = [full.mentor, full.mentee];
    const userIds = await this.messenger.teamsUserIds(full.pair.tenantId, people);
    const materials = full.programme.materials;
    return allSent(
      await this.messenger.toPair(full, (t, reader) =>
        this.message(t, entry, meeting, { target, people, reader, userIds, materials }),
      ),
    )
      ? 'sent'
      : 'failed';
  }

  /**
   * A check-in card, or a reminder: the reminder card shows both people's times, the topic, its
   * materials and the join link, and is refreshed for each member into their own language.
   */
  private message(
    t: Translate,
    entry: DueEntry,
    meeting: Meeting,
    view: { target: number; people: Profile[]; reader: Profile; userIds: string[]; materials: readonly Material[] },
  ): Partial<Activity> {
    if (entry.kind === 'check-in') return MessageFactory.attachment(cardAttachment(checkInCard(t, meeting, view)));
    const { reader } = view;
    const when = formatDateTime(meeting.startsAt, languageOfTranslate(t), reader.timeZone);
    const lead = entry.leadMinutes ?? 0;
    const text =
      t('meetings.reminder', {
        number: meeting.number,
        target: view.target,
        lead: leadText(t, lead),
        when,
        timeZone: reader.timeZone,
      }) + agendaText(t, meeting, view.materials);
    const card = reminderCard(t, {
      meeting,
      target: view.target,
      people: view.people,
      leadMinutes: lead,
      remindedStart: meeting.startsAt,
      userIds: view.userIds,
      materials: view.materials,
    });
    // The text is the notification's preview only (`summary`): shown in the chat, it would stay in one language for both.
    return { ...MessageFactory.attachment(cardAttachment(card)), summary: text };
  }
}
