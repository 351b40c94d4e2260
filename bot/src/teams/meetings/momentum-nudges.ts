import { MessageFactory } from 'botbuilder';
import type { Nudge } from '../../domain/meetings';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import { languageOfTranslate } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format-date-time';
import type { Logger } from '../../logger';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MeetingService } from '../../services/meetings/meeting-service';
import type { NudgeNotifier } from '../../services/meetings/momentum-service';
import { isComplete, type CompletePair, type PairMessenger } from '../pair-messenger';
import type { PlanIntro } from './meeting.cards';
import { postMeetingPlan } from './meeting-plan-message';

/**
 * Words the momentum guard's nudges. "No meeting scheduled" and "programme ending" go to the
 * pair with the plan card (one click to a prefilled form); "repeated changes" goes only to the
 * person who keeps moving meetings, privately, because blaming someone in the pair chat helps nobody.
 */
export class TeamsNudgeNotifier implements NudgeNotifier {
  constructor(
    private readonly matching: MatchingService,
    private readonly meetings: MeetingService,
    private readonly messenger: PairMessenger,
    private readonly logger: Logger,
  ) {}

  async nudge(pair: Pair, nudge: Nudge): Promise<void> {
    const full = await this.matching.pairWithPeopleForJob(pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId));
    if (!isComplete(full)) return;
    const outcomes =
      nudge.kind === 'repeated-changes' ? await this.personal(full, nudge) : await this.toPair(full, nudge.kind);
    if (outcomes.some((o) => o.status !== 'sent'))
      this.logger.warn({ programmeId: pair.programmeId, kind: nudge.kind }, 'nudge could not be delivered');
  }

  /** The nudge with a date that would fit, or the nudge alone when nothing is left to plan. */
  private async toPair(full: CompletePair, kind: PlanIntro) {
    const sent = await postMeetingPlan({ meetings: this.meetings, messenger: this.messenger }, full, kind);
    return (
      sent ??
      this.messenger.textToPair(full, (t, language) =>
        t(`meetings.nudges.${kind}`, { end: formatCalendarDate(full.programme.endDate, language) }),
      )
    );
  }

  private async personal(full: CompletePair, nudge: Nudge) {
    const people = [full.mentor, full.mentee].filter((p) => nudge.recipients.includes(p.aadObjectId));
    return Promise.all(
      people.map((person) =>
        this.messenger.toPerson(full.pair.tenantId, person, (t) =>
          MessageFactory.text(
            t(`meetings.nudges.${nudge.kind}`, {
              end: formatCalendarDate(full.programme.endDate, languageOfTranslate(t)),
            }),
          ),
        ),
      ),
    );
  }
}
