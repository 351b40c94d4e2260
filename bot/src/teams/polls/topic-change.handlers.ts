import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { MatchingService } from '../../services/matching/matching-service';
import type { AgendaService } from '../../services/polls/agenda-service';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { onUniversalAction } from '../cards/universal-action';
import { asMember, failureText, meetingRef } from '../meetings/meeting-feature';
import type { MeetingMessages } from '../meetings/meeting-messages';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { topicChangeCard } from './topic-change.card';

export interface TopicChangeDeps {
  agendas: AgendaService;
  matching: MatchingService;
  /** The meeting's chat message follows the new topic for both members. */
  meetingMessages: MeetingMessages;
}

const saveData = meetingRef.extend({ topicKey: z.string().max(80).optional(), ownTopic: z.string().max(1000).optional() });

/**
 * "Change topic" on the meeting card: the form, then the meeting with its new topic. The one
 * who changed it sees it at once; the chat's meeting message follows for both.
 */
export function registerTopicChange(app: Application<TurnState>, deps: TopicChangeDeps): void {
  onUniversalAction(app, Verbs.changeMeetingTopic, async (context, raw) => {
    const t = translatorFor(context);
    const ref = parseCardData(meetingRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const form = await deps.agendas.topicForm(await actorOf(context), ref.programmeId, ref.pairId, ref.meetingId);
    return form.ok ? topicChangeCard(t, form.value) : failureText(context, form.reason);
  });

  onUniversalAction(app, Verbs.saveMeetingTopic, (context, raw) =>
    asMember(deps, context, saveData, raw, async (member, data) => {
      const t = translatorFor(context);
      const changed = await deps.agendas.changeTopic(member.actor, data.programmeId, data.pairId, data.meetingId, data);
      if (!changed.ok && changed.reason === 'invalid-input') {
        const form = await deps.agendas.topicForm(member.actor, data.programmeId, data.pairId, data.meetingId);
        return form.ok ? topicChangeCard(t, { ...form.value, notice: t('polls.failures.invalid-topic') }) : failureText(context, form.reason);
      }
      if (!changed.ok) return failureText(context, changed.reason);
      return deps.meetingMessages.cardFor(member.full, changed.value.meeting, member.me);
    }),
  );
}
