import { MessageFactory } from 'botbuilder';
import type { Notice } from '../../domain/notices/notice';
import type { Translate } from '../../i18n';
import type { GoodPracticeRepository } from '../../services/good-practices/good-practice-ports';
import { cardAttachment, expandCard } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import type { PairMessenger } from '../pair-messenger';
import type { SendOutcome } from '../proactive';
import template from './practice-published.card.json';

/** What the practice notices need: the practice as it is now, the author's chat, the library's address. */
export interface PracticeNoticeDeps {
  practices: Pick<GoodPracticeRepository, 'get'>;
  messenger: Pick<PairMessenger, 'toPersonalChat'>;
  /** The Good practices page of the personal tab. */
  libraryUrl: string;
}

/** What `practice-published.card.json` reads. */
export interface PracticePublishedCardData {
  text: string;
  openLabel: string;
  libraryUrl: string;
}

/** The author's "your practice was published" card, with the way to the library. */
export function practicePublishedCard(t: Translate, title: string, libraryUrl: string) {
  return expandCard<PracticePublishedCardData>(template, {
    text: t('goodPractices.notices.published', { title: asCardText(title) }),
    openLabel: t('goodPractices.notices.openLibrary'),
    libraryUrl,
  });
}

/** The kind words for a rejection, with HR's reason (typed text, escaped) when there is one. */
export function practiceRejectedText(t: Translate, title: string, reason: string | undefined): string {
  const thanks = t('goodPractices.notices.rejected', { title: asCardText(title) });
  return reason ? `${thanks}\n\n${t('goodPractices.notices.rejectedReason', { reason: asCardText(reason) })}` : thanks;
}

/**
 * Tells the author how HR decided, written in their language when it is sent. Obsolete when the
 * practice is gone, no longer names them, or stands elsewhere now (withdrawn meanwhile).
 */
export async function sendPracticeNotice(
  deps: PracticeNoticeDeps,
  notice: Notice & { subject: { kind: 'practice-rejected' | 'practice-published'; practiceId: string } },
): Promise<SendOutcome | 'obsolete'> {
  const practice = (await deps.practices.get(notice.programmeId, notice.subject.practiceId))?.value;
  const wanted = notice.subject.kind === 'practice-rejected' ? 'rejected' : 'published';
  if (!practice || practice.authorId !== notice.recipient || practice.status !== wanted) return 'obsolete';
  return deps.messenger.toPersonalChat(notice.tenantId, notice.recipient, (t) =>
    wanted === 'rejected'
      ? MessageFactory.text(practiceRejectedText(t, practice.title, practice.rejectReason))
      : MessageFactory.attachment(cardAttachment(practicePublishedCard(t, practice.title, deps.libraryUrl))),
  );
}
