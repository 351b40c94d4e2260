import { MessageFactory } from 'botbuilder';
import { languageOf } from '../../domain/language';
import type { Notice, NoticeSubject } from '../../domain/notices/notice';
import { languageOfTranslate } from '../../i18n';
import type { MatchingService } from '../../services/matching/matching-service';
import type { MentorKitService } from '../../services/mentor-kit/mentor-kit-service';
import type { CoachService } from '../../services/coach/coach-service';
import { COACH_SENDERS } from '../coach/coach-notices';
import type { ProfileRepository } from '../../services/onboarding/profile-repository';
import type { ProgrammeRepository } from '../../services/programmes/programme-repository';
import { cardAttachment } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { introductionCard, pairConfirmationCard } from '../matching/pairing.cards';
import { mentorKitCard } from '../mentor-kit/mentor-kit.card';
import { pairEndedCard } from '../pair-endings/pair-ended.card';
import type { PairMessenger } from '../pair-messenger';
import type { SendOutcome } from '../proactive';
import { sendPracticeNotice, type PracticeNoticeDeps } from '../good-practices/practice-notices';

/** What writing notices needs: the stored state they speak of, and a way to reach people. */
export interface NoticeMessageDeps {
  matching: Pick<MatchingService, 'pairWithPeople'>;
  /** Point reads: a notice needs its programme and at most two profiles, never the programme's people. */
  programmes: Pick<ProgrammeRepository, 'get'>;
  profiles: Pick<ProfileRepository, 'get'>;
  messenger: Pick<PairMessenger, 'toPerson' | 'toPersonalChat'>;
  mentorKit: Pick<MentorKitService, 'forMentor'>;
  coach: Pick<CoachService, 'question' | 'undelivered'>;
  botAppId: string;
  /** Good practices and the library's address, for telling authors how HR decided. */
  practices: PracticeNoticeDeps['practices'];
  libraryUrl: string;
}

/** Sends one notice, written for its recipient now; `obsolete` when what it says no longer holds. */
export type NoticeSender<S extends NoticeSubject> = (
  deps: NoticeMessageDeps,
  notice: Notice & { subject: S },
) => Promise<SendOutcome | 'obsolete'>;

type Senders = { [K in NoticeSubject['kind']]: NoticeSender<Extract<NoticeSubject, { kind: K }>> };

const pairOf = (deps: NoticeMessageDeps, notice: Notice, pairId: string) =>
  deps.matching.pairWithPeople(notice.tenantId, notice.programmeId, pairId);

/**
 * One sender per kind. A question or an introduction is sent only while the pair still waits
 * for it (a card for a pair ended or deleted meanwhile would only be refused when pressed);
 * facts (declined, ended) are sent however late, but only to people still entitled to read
 * them (an admin removed meanwhile is not told). A notice whose data is gone (a person's
 * data deleted, a programme past retention) cannot be written and is skipped.
 */
const SENDERS: Senders = {
  async 'ask-mentee'(deps, notice) {
    const full = await pairOf(deps, notice, notice.subject.pairId);
    if (full?.pair.status !== 'awaiting-confirmation' || !full.mentor || !full.programme) return 'obsolete';
    const { pair, mentor, mentee, programme } = full;
    const card = (t: Parameters<typeof pairConfirmationCard>[0]) =>
      MessageFactory.attachment(
        cardAttachment(pairConfirmationCard(t, languageOfTranslate(t), programme, pair, mentor)),
      );
    // The mentee's profile says their language; without one, the language stored with their address.
    return mentee
      ? deps.messenger.toPerson(pair.tenantId, mentee, card)
      : deps.messenger.toPersonalChat(pair.tenantId, pair.menteeId, card);
  },

  async 'introduce-mentor'(deps, notice) {
    const full = await pairOf(deps, notice, notice.subject.pairId);
    if (full?.pair.status !== 'confirmed' || !full.mentor || !full.mentee || !full.programme) return 'obsolete';
    const { pair, mentor, mentee, programme } = full;
    return deps.messenger.toPerson(pair.tenantId, mentor, (t, reader) =>
      MessageFactory.attachment(
        cardAttachment(
          introductionCard(t, languageOf(reader.locale), {
            programme,
            pair,
            reader,
            partner: mentee,
            botAppId: deps.botAppId,
          }),
        ),
      ),
    );
  },

  async 'pair-declined'(deps, notice) {
    const full = await pairOf(deps, notice, notice.subject.pairId);
    const { mentor, mentee, programme } = full ?? {};
    if (!mentor || !mentee || !programme?.admins.includes(notice.recipient)) return 'obsolete';
    return deps.messenger.toPersonalChat(notice.tenantId, notice.recipient, (t) =>
      MessageFactory.text(
        t('matching.declinedForHr', {
          mentee: asCardText(mentee.displayName),
          mentor: asCardText(mentor.displayName),
          programme: asCardText(programme.name),
        }),
      ),
    );
  },

  async 'pair-ended'(deps, notice) {
    const { mentorId, menteeId, endCode } = notice.subject;
    // A stand-in for someone who left has no profile: the card names them as such.
    const [programme, ...profiles] = await Promise.all([
      deps.programmes.get(notice.tenantId, notice.programmeId),
      deps.profiles.get(notice.programmeId, mentorId),
      deps.profiles.get(notice.programmeId, menteeId),
    ]);
    if (!programme?.value.admins.includes(notice.recipient)) return 'obsolete';
    const people = new Map(profiles.flatMap((p) => (p ? [[p.value.aadObjectId, p.value] as const] : [])));
    return deps.messenger.toPersonalChat(notice.tenantId, notice.recipient, (t) =>
      MessageFactory.attachment(
        cardAttachment(pairEndedCard(t, { programme: programme.value, people, pair: { mentorId, menteeId, endCode } })),
      ),
    );
  },

  async 'tandem-ended'(deps, notice) {
    const programme = await deps.programmes.get(notice.tenantId, notice.programmeId);
    if (!programme) return 'obsolete';
    return deps.messenger.toPersonalChat(notice.tenantId, notice.recipient, (t) =>
      MessageFactory.text(t('pairs.notice', { programme: asCardText(programme.value.name) })),
    );
  },

  async 'partner-left'(deps, notice) {
    return deps.messenger.toPersonalChat(notice.tenantId, notice.recipient, (t) =>
      MessageFactory.text(t('privacy.partnerNotice')),
    );
  },

  // Written when sent, so it shows the materials and briefing as they are then; someone no longer a mentor gets none.
  async 'mentor-kit'(deps, notice) {
    const found = await deps.mentorKit.forMentor(notice.tenantId, notice.programmeId, notice.recipient);
    if (!found?.profile) return 'obsolete';
    return deps.messenger.toPerson(notice.tenantId, found.profile, (t, reader) =>
      MessageFactory.attachment(
        cardAttachment(mentorKitCard(t, { language: languageOf(reader.locale), timeZone: reader.timeZone }, found.kit)),
      ),
    );
  },

  ...COACH_SENDERS,
  'practice-rejected': sendPracticeNotice,
  'practice-published': sendPracticeNotice,
};

/** Writes and sends one notice; see {@link SENDERS} for when a notice is obsolete. */
export function sendNotice(deps: NoticeMessageDeps, notice: Notice): Promise<SendOutcome | 'obsolete'> {
  const send = SENDERS[notice.subject.kind] as NoticeSender<NoticeSubject>;
  return send(deps, notice);
}
