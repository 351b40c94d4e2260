import type { Clock } from '../../domain/clock';
import type { Meeting } from '../../domain/meetings';
import { ownOption, type PollOption } from '../../domain/polls';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { PairRepository } from '../matching/pairing-repositories';
import type { MeetingRepository } from '../meetings/meeting-ports';
import { memberPairContext } from '../meetings/pair-context';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import { agendaOf, applyAgenda } from './poll-agenda';

export type AgendaFailure = 'not-found' | 'not-your-pair' | 'not-planned' | 'invalid-input' | 'busy';

/** A new topic from the card: a catalogue topic, or the person's own words (which win when both are given). */
export interface TopicChoice {
  topicKey?: string;
  ownTopic?: string;
}

/** Changing a meeting's topic on the spot, outside a poll; the topic it replaces stays in the history. */
export class AgendaService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly meetings: MeetingRepository,
    private readonly clock: Clock,
  ) {}

  /** The meeting and its programme (for the topic list), for one of the pair's members. */
  async topicForm(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
  ): Promise<Result<{ meeting: Meeting; programme: Programme }, AgendaFailure>> {
    const context = await memberPairContext(this.programmes, this.pairs, actor, programmeId, pairId);
    if (!context.ok) return context;
    const meeting = (await this.meetings.get(programmeId, pairId, meetingId))?.value;
    if (!meeting) return fail('not-found');
    return meeting.status === 'planned' ? ok({ meeting, programme: context.value.programme }) : fail('not-planned');
  }

  /** Sets the new topic; only on a planned meeting, only from the programme's active topics or own words. */
  async changeTopic(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    choice: TopicChoice,
  ): Promise<Result<{ meeting: Meeting; previous?: Meeting['agenda'] }, AgendaFailure>> {
    const form = await this.topicForm(actor, programmeId, pairId, meetingId);
    if (!form.ok) return form;
    const option = this.optionOf(choice, form.value.programme, actor.aadObjectId);
    if (!option.ok) return option;
    const agenda = agendaOf(option.value, form.value.programme, {
      setBy: actor.aadObjectId,
      at: this.clock.now().toISOString(),
    });
    const meeting = await applyAgenda(this.meetings, { programmeId, pairId, meetingId }, agenda);
    return meeting ? ok({ meeting, previous: form.value.meeting.agenda }) : fail('busy');
  }

  private optionOf(choice: TopicChoice, programme: Programme, by: string): Result<PollOption, 'invalid-input'> {
    if (choice.ownTopic?.trim()) return ownOption(choice.ownTopic, by, this.clock.now());
    const topic = activeTopics(programme.topics).find((t) => t.key === choice.topicKey);
    return topic
      ? ok({ id: `t-${topic.key}`, topicKey: topic.key })
      : fail('invalid-input', [{ field: 'topicKey', code: 'required' }]);
  }
}
