import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import type { Profile } from '../../domain/participant/profile';
import { languageOfTranslate } from '../../i18n';
import type { MatchingService } from '../../services/matching/matching-service';
import type { AgendaService } from '../../services/polls/agenda-service';
import { actorOf } from '../actor';
import { parseCardData } from '../card-data';
import { failureText, meetingRef } from '../meetings/meeting-feature';
import { meetingCard } from '../meetings/meeting.cards';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { topicChangeCard } from './topic-change.card';

export interface TopicChangeDeps {
  agendas: AgendaService;
  matching: MatchingService;
}

const saveData = meetingRef.extend({ topicKey: z.string().max(80).optional(), ownTopic: z.string().max(1000).optional() });

/** "Change topic" on the meeting card: the form, then the new topic on the card and a line in the chat for the partner. */
export function registerTopicChange(app: Application<TurnState>, deps: TopicChangeDeps): void {
  app.adaptiveCards.actionExecute(Verbs.changeMeetingTopic, async (context, _state, raw) => {
    const t = translatorFor(context);
    const ref = parseCardData(meetingRef, raw);
    if (!ref) return t('errors.invalidCardData');
    const form = await deps.agendas.topicForm(await actorOf(context), ref.programmeId, ref.pairId, ref.meetingId);
    return form.ok ? topicChangeCard(t, form.value) : failureText(context, form.reason);
  });

  app.adaptiveCards.actionExecute(Verbs.saveMeetingTopic, async (context, _state, raw) => {
    const t = translatorFor(context);
    const data = parseCardData(saveData, raw);
    if (!data) return t('errors.invalidCardData');
    const actor = await actorOf(context);
    const changed = await deps.agendas.changeTopic(actor, data.programmeId, data.pairId, data.meetingId, data);
    if (!changed.ok && changed.reason === 'invalid-input') {
      const form = await deps.agendas.topicForm(actor, data.programmeId, data.pairId, data.meetingId);
      return form.ok ? topicChangeCard(t, { ...form.value, notice: t('polls.failures.invalid-topic') }) : failureText(context, form.reason);
    }
    if (!changed.ok) return failureText(context, changed.reason);
    const { meeting } = changed.value;
    const topic = meeting.agenda?.titles[languageOfTranslate(t)] ?? '';
    await context.sendActivity(MessageFactory.text(t('polls.change.changed', { name: actor.displayName, number: meeting.number, topic })));
    const full = await deps.matching.pairWithPeople(actor.tenantId, data.programmeId, data.pairId);
    const people = [full?.mentor, full?.mentee].filter((p): p is Profile => Boolean(p));
    return meetingCard(t, { meeting, target: full?.programme?.meetingsTarget ?? meeting.number, people });
  });
}
