import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { MatchingService } from '../../services/matching/matching-service';
import type { AgendaService } from '../../services/polls/agenda-service';
import type { Logger } from '../../logger';
import { refuse } from '../cards/card-action';
import { meetingActions } from '../meetings/meeting-feature';
import type { MeetingMessages } from '../meetings/meeting-messages';
import { asPairMember, meetingRef } from '../pair-member';
import { Verbs } from '../verbs';
import { topicChangeCard } from './topic-change.card';

export interface TopicChangeDeps {
  agendas: AgendaService;
  matching: MatchingService;
  /** The meeting's chat message follows the new topic for both members. */
  meetingMessages: MeetingMessages;
  logger: Logger;
}

const saveData = meetingRef.extend({
  topicKey: z.string().max(80).optional(),
  ownTopic: z.string().max(1000).optional(),
});

/**
 * "Change topic" on the meeting card: the form, then the meeting with its new topic. The one
 * who changed it sees it at once; the chat's meeting message follows for both.
 */
export function registerTopicChange(app: Application<TurnState>, deps: TopicChangeDeps): void {
  const on = meetingActions(app, deps);
  on(Verbs.changeMeetingTopic, meetingRef, async ({ data: ref, actor, t }) => {
    const form = await deps.agendas.topicForm(actor, ref.programmeId, ref.pairId, ref.meetingId);
    return form.ok ? topicChangeCard(t, form.value) : refuse(form.reason);
  });

  on(
    Verbs.saveMeetingTopic,
    saveData,
    asPairMember(deps.matching, async ({ data, t }, member) => {
      const changed = await deps.agendas.changeTopic(member.actor, data.programmeId, data.pairId, data.meetingId, data);
      if (!changed.ok && changed.reason === 'invalid-input') {
        const form = await deps.agendas.topicForm(member.actor, data.programmeId, data.pairId, data.meetingId);
        return form.ok
          ? topicChangeCard(t, { ...form.value, notice: t('polls.failures.invalid-topic') })
          : refuse(form.reason);
      }
      if (!changed.ok) return refuse(changed.reason);
      return deps.meetingMessages.cardFor(member.full, changed.value.meeting, member.me);
    }),
  );
}
