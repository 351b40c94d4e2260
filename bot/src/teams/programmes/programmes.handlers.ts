import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../../domain/clock';
import { PROGRAMME_STATUSES } from '../../domain/programme/programme';
import { changeStatus } from '../../domain/programme/programme-changes';
import type { AdminAccess } from '../../services/programmes/admin-access';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import { actorOf } from '../actor';
import { parseCardData, programmeRef } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { programmeFormCard } from './programme-form.card';
import { programmeOverviewCard } from './programme-overview.card';
import { programmeFailureText } from './programme-replies';
import { registerProgrammeManagement } from './programme-manage.handlers';
import type { ConversationDirectory } from '../../services/conversation-directory';

export interface ProgrammeFeatureDeps {
  programmes: ProgrammeService;
  access: AdminAccess;
  clock: Clock;
  directory: ConversationDirectory;
}

const moveData = programmeRef.extend({ to: z.enum(PROGRAMME_STATUSES) });
/** Programmes shown at once; a tenant rarely runs more than one or two. */
const MAX_OVERVIEWS = 5;

/** HR's `programme` command and the programme cards' buttons. */
export function registerProgrammes(app: Application<TurnState>, deps: ProgrammeFeatureDeps): void {
  const actor = (context: TurnContext) => actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
  registerProgrammeManagement(app, { programmes: deps.programmes, directory: deps.directory, actor });

  app.message(command('programme'), async (context) => {
    const t = translatorFor(context);
    const me = await actor(context);
    const mine = await deps.programmes.programmesRunBy(me);
    if (mine.length > 0) {
      await context.sendActivities(mine.slice(0, MAX_OVERVIEWS).map((p) => MessageFactory.attachment(cardAttachment(programmeOverviewCard(t, p)))));
    } else if (await deps.programmes.mayCreate(me)) {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(programmeFormCard(t, { kind: 'create', today: deps.clock.now() })), t('programme.noneYet')));
    } else {
      await context.sendActivity(MessageFactory.text(t('programme.notAdmin')));
    }
  });

  app.adaptiveCards.actionExecute(Verbs.newProgramme, async (context) => {
    const t = translatorFor(context);
    if (!(await deps.programmes.mayCreate(await actor(context)))) return t('programme.notAdmin');
    return programmeFormCard(t, { kind: 'create', today: deps.clock.now() });
  });

  app.adaptiveCards.actionExecute(Verbs.createProgramme, async (context, _state, data) => {
    const t = translatorFor(context);
    const ref = parseCardData(programmeRef, data);
    if (!ref) return t('errors.invalidCardData');
    const result = await deps.programmes.create(await actor(context), ref.programmeId, data);
    if (result.ok) return programmeOverviewCard(t, result.value, t('programme.created', { name: result.value.name }));
    if (result.reason === 'invalid-input') return programmeFormCard(t, { kind: 'create', draftId: ref.programmeId, today: deps.clock.now() }, data, result.issues);
    return programmeFailureText(t, result.reason);
  });

  app.adaptiveCards.actionExecute([Verbs.showProgramme, Verbs.editProgramme], async (context, _state, data) => {
    const t = translatorFor(context);
    const ref = parseCardData(programmeRef, data);
    if (!ref) return t('errors.invalidCardData');
    const found = await deps.programmes.get(await actor(context), ref.programmeId);
    if (!found.ok) return programmeFailureText(t, found.reason);
    const editing = context.activity.value?.action?.verb === Verbs.editProgramme;
    return editing ? programmeFormCard(t, { kind: 'edit', programme: found.value }) : programmeOverviewCard(t, found.value);
  });

  app.adaptiveCards.actionExecute(Verbs.updateProgramme, async (context, _state, data) => {
    const t = translatorFor(context);
    const ref = parseCardData(programmeRef, data);
    if (!ref) return t('errors.invalidCardData');
    const me = await actor(context);
    const result = await deps.programmes.updateSettings(me, ref.programmeId, data);
    if (result.ok) return programmeOverviewCard(t, result.value);
    if (result.reason !== 'invalid-input') return programmeFailureText(t, result.reason);
    const current = await deps.programmes.get(me, ref.programmeId);
    return current.ok ? programmeFormCard(t, { kind: 'edit', programme: current.value }, data, result.issues) : programmeFailureText(t, current.reason);
  });

  app.adaptiveCards.actionExecute(Verbs.moveProgramme, async (context, _state, data) => {
    const t = translatorFor(context);
    const move = parseCardData(moveData, data);
    if (!move) return t('errors.invalidCardData');
    const result = await deps.programmes.change(await actor(context), move.programmeId, (programme, now) => changeStatus(programme, move.to, now));
    if (!result.ok) return programmeFailureText(t, result.reason);
    return programmeOverviewCard(t, result.value, t('programme.moved', { name: result.value.name, status: t(`programme.status.${result.value.status}`) }));
  });
}
