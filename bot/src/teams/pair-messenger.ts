import type { Activity } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import { languageOf, type Language } from '../domain/language';
import type { Profile } from '../domain/participant/profile';
import type { Programme } from '../domain/programme/programme';
import type { Pair } from '../domain/pairing/pair';
import { translator, type Translate } from '../i18n';
import type { ConversationDirectory } from '../services/conversation-directory';
import type { PairWithPeople } from '../services/matching/matching-service';
import type { ProactiveSender, SendOutcome } from './proactive';
import { inEachLanguage } from './readers-languages';

/** Builds the message for one reader, in their language (and, where times show, their zone). */
export type MessageFor = (t: Translate, reader: Profile) => Partial<Activity>;

/** Someone Teams told us about in this turn: their AAD object id and Teams user id (`29:…`). */
export interface KnownUser {
  aadObjectId: string;
  id: string;
}

/** A pair whose two people and programme are all known. */
export type CompletePair = PairWithPeople & { mentor: Profile; mentee: Profile; programme: Programme };

/** True when both people of the pair and its programme could be loaded. */
export function isComplete(full: PairWithPeople | undefined): full is CompletePair {
  return Boolean(full?.mentor && full.mentee && full.programme);
}

/**
 * Proactive messages to a pair or one of its people. To the pair: its bound chat, written for
 * the mentee (the executive is the reader to serve), else each person's personal chat in their
 * own language. To a person: their personal chat only, for what is private (feedback, nudges).
 */
export class PairMessenger {
  constructor(
    private readonly directory: ConversationDirectory,
    private readonly proactive: ProactiveSender,
  ) {}

  async toPair(full: CompletePair, message: MessageFor): Promise<SendOutcome[]> {
    const sent = await this.toPairChat(full, message);
    if (sent) return [sent];
    return Promise.all([full.mentor, full.mentee].map((person) => this.toPerson(full.pair.tenantId, person, message)));
  }

  /**
   * A plain text to the pair. Text cannot be refreshed per member, so in the pair chat it comes
   * in each member's language (see {@link inEachLanguage}); in personal chats each gets their own.
   */
  async textToPair(full: CompletePair, text: (t: Translate, language: Language) => string): Promise<SendOutcome[]> {
    const shared = inEachLanguage([full.mentee, full.mentor], text);
    const sent = await this.toPairChat(full, () => MessageFactory.text(shared));
    if (sent) return [sent];
    return Promise.all(
      [full.mentor, full.mentee].map((person) =>
        this.toPerson(full.pair.tenantId, person, (t) => MessageFactory.text(text(t, languageOf(person.locale)))),
      ),
    );
  }

  /**
   * Posts to the pair's bound chat only (undefined when it has none). The version everyone
   * shares is written for the mentee; cards with `refresh` then read in each member's language.
   */
  async toPairChat(full: CompletePair, message: MessageFor): Promise<SendOutcome | undefined> {
    const chat = await this.pairChat(full);
    return (
      chat && this.proactive.send(chat.reference, message(translator(languageOf(full.mentee.locale)), full.mentee))
    );
  }

  /** Replaces a message of the pair's chat for everyone, written like {@link toPairChat}. */
  async updateInPairChat(
    full: CompletePair,
    activityId: string,
    message: MessageFor,
  ): Promise<SendOutcome | undefined> {
    const chat = await this.pairChat(full);
    return (
      chat &&
      this.proactive.update(
        chat.reference,
        activityId,
        message(translator(languageOf(full.mentee.locale)), full.mentee),
      )
    );
  }

  private async pairChat(full: CompletePair) {
    return full.pair.chatId
      ? this.directory.findConversation(full.pair.tenantId, 'groupChat', full.pair.chatId)
      : undefined;
  }

  /**
   * The Teams user ids (`29:…`) of people Tandem has a personal chat with: cards name them in
   * `refresh.userIds` so each member gets the card rendered for them. Someone Teams named in this
   * turn (`known`) needs no look-up.
   */
  async teamsUserIds(
    tenantId: string,
    people: ReadonlyArray<Pick<Profile, 'aadObjectId'>>,
    known?: KnownUser,
  ): Promise<string[]> {
    const ids = await Promise.all(
      people.map(async ({ aadObjectId }) => {
        if (known?.aadObjectId === aadObjectId) return known.id;
        const address = await this.directory.findPerson(tenantId, aadObjectId);
        const id = (address?.reference as { user?: { id?: unknown } } | undefined)?.user?.id;
        return typeof id === 'string' ? id : undefined;
      }),
    );
    return ids.filter((id): id is string => id !== undefined);
  }

  /**
   * To someone whose profile is not at hand (an admin, a partner, a person just paired): their
   * personal chat, in the language stored with their address.
   */
  async toPersonalChat(
    tenantId: string,
    aadObjectId: string,
    message: (t: Translate) => Partial<Activity>,
  ): Promise<SendOutcome> {
    const address = await this.directory.findPerson(tenantId, aadObjectId);
    if (!address) return NOT_REACHABLE;
    return this.proactive.send(address.reference, message(translator(languageOf(address.locale))));
  }

  /** To each admin of a programme in their personal chat (those Tandem has none with are skipped); returns how many were sent. */
  async toAdmins(
    programme: Pick<Programme, 'tenantId' | 'admins'>,
    message: (t: Translate) => Partial<Activity>,
  ): Promise<number> {
    let sent = 0;
    for (const admin of programme.admins) {
      if ((await this.toPersonalChat(programme.tenantId, admin, message)).status === 'sent') sent++;
    }
    return sent;
  }

  /** To both people of a pair, each in their personal chat (what the pair chat must not show). */
  async toEachOfPair(
    pair: Pick<Pair, 'tenantId' | 'mentorId' | 'menteeId'>,
    message: (t: Translate) => Partial<Activity>,
  ): Promise<SendOutcome[]> {
    const outcomes: SendOutcome[] = [];
    for (const id of [pair.mentorId, pair.menteeId])
      outcomes.push(await this.toPersonalChat(pair.tenantId, id, message));
    return outcomes;
  }

  async toPerson(tenantId: string, person: Profile, message: MessageFor): Promise<SendOutcome> {
    const address = await this.directory.findPerson(tenantId, person.aadObjectId);
    if (!address) return NOT_REACHABLE;
    return this.proactive.send(address.reference, message(translator(languageOf(person.locale)), person));
  }
}

const NOT_REACHABLE: SendOutcome = { status: 'not-reachable', httpStatus: 404, attempts: 0 };

/** True when every message went out (and at least one was sent). */
export function allSent(outcomes: readonly SendOutcome[]): boolean {
  return outcomes.length > 0 && outcomes.every((o) => o.status === 'sent');
}
