import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../../domain/clock';
import { PROGRAMME_STATUSES } from '../../domain/programme/programme';
import { changeStatus } from '../../domain/programme/programme-changes';
import type { AdminAccess } from '../../services/programmes/admin-access';
import type { ProgrammeFailure, ProgrammeService } from '../../services/programmes/programme-service';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, noCardData, refuse } from '../cards/card-action';
import type { Logger } from '../../logger';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { programmeFormCard } from './programme-form.card';
import { programmeOverviewCard } from './programme-overview.card';
import { programmeFailureText } from './programme-replies';
import { registerProgrammeManagement } from './programme-manage.handlers';
import type { ConversationDirectory } from '../../services/conversation-directory';
import { asCardText } from '../cards/card-text';

export interface ProgrammeFeatureDeps {
  programmes: ProgrammeService;
  access: AdminAccess;
  clock: Clock;
  directory: ConversationDirectory;
  logger: Logger;
}

const moveData = programmeRef.extend({ to: z.enum(PROGRAMME_STATUSES) });
/** Programmes shown at once; a tenant rarely runs more than one or two. */
const MAX_OVERVIEWS = 5;

/** HR's `programme` command and the programme cards' buttons. */
export function registerProgrammes(app: Application<TurnState>, deps: ProgrammeFeatureDeps): void {
  const actor = (context: TurnContext) =>
    actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
  registerProgrammeManagement(app, {
    programmes: deps.programmes,
    directory: deps.directory,
    actor,
    logger: deps.logger,
  });

  app.message(command('programme'), async (context) => {
    const t = translatorFor(context);
    const me = await actor(context);
    const mine = await deps.programmes.programmesRunBy(me);
    if (mine.length > 0) {
      await context.sendActivities(
        mine.slice(0, MAX_OVERVIEWS).map((p) => MessageFactory.attachment(cardAttachment(programmeOverviewCard(t, p)))),
      );
    } else if (await deps.programmes.mayCreate(me)) {
      await context.sendActivity(
        MessageFactory.attachment(
          cardAttachment(programmeFormCard(t, { kind: 'create', today: deps.clock.now() })),
          t('programme.noneYet'),
        ),
      );
    } else {
      await context.sendActivity(MessageFactory.text(t('programme.notAdmin')));
    }
  });

  const on = cardActions<ProgrammeFailure>(app, { logger: deps.logger, actor, refusals: programmeFailureText });
  on(Verbs.newProgramme, noCardData, async ({ actor: me, t }) => {
    if (!(await deps.programmes.mayCreate(me))) return t('programme.notAdmin');
    return programmeFormCard(t, { kind: 'create', today: deps.clock.now() });
  });

  on(Verbs.createProgramme, programmeRef, async ({ data: ref, raw, actor: me, t }) => {
    const result = await deps.programmes.create(me, ref.programmeId, raw);
    if (result.ok)
      return programmeOverviewCard(t, result.value, t('programme.created', { name: asCardText(result.value.name) }));
    if (result.reason === 'invalid-input')
      return programmeFormCard(
        t,
        { kind: 'create', draftId: ref.programmeId, today: deps.clock.now() },
        raw,
        result.issues,
      );
    return refuse(result.reason);
  });

  on([Verbs.showProgramme, Verbs.editProgramme], programmeRef, async ({ data: ref, verb, actor: me, t }) => {
    const found = await deps.programmes.get(me, ref.programmeId);
    if (!found.ok) return refuse(found.reason);
    return verb === Verbs.editProgramme
      ? programmeFormCard(t, { kind: 'edit', programme: found.value })
      : programmeOverviewCard(t, found.value);
  });

  on(Verbs.updateProgramme, programmeRef, async ({ data: ref, raw, actor: me, t }) => {
    const result = await deps.programmes.updateSettings(me, ref.programmeId, raw);
    if (result.ok) return programmeOverviewCard(t, result.value);
    if (result.reason !== 'invalid-input') return refuse(result.reason);
    const current = await deps.programmes.get(me, ref.programmeId);
    return current.ok
      ? programmeFormCard(t, { kind: 'edit', programme: current.value }, raw, result.issues)
      : refuse(current.reason);
  });

  on(Verbs.moveProgramme, moveData, async ({ data: move, actor: me, t }) => {
    const result = await deps.programmes.change(me, move.programmeId, (programme, now) =>
      changeStatus(programme, move.to, now),
    );
    if (!result.ok) return refuse(result.reason);
    return programmeOverviewCard(
      t,
      result.value,
      t('programme.moved', {
        name: asCardText(result.value.name),
        status: t(`programme.status.${result.value.status}`),
      }),
    );
  });
}
