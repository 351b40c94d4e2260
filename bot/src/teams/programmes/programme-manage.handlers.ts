import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Programme } from '../../domain/programme/programme';
import {
  addAdmin,
  addMaterial,
  addTopic,
  removeAdmin,
  removeMaterial,
  renameTopic,
  setTopicRetired,
  type ProgrammeChangeFailure,
} from '../../domain/programme/programme-changes';
import type { Result } from '../../domain/result';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { ProgrammeFailure, ProgrammeService } from '../../services/programmes/programme-service';
import type { Actor } from '../../services/versioned';
import { programmeRef } from '../card-data';
import { cardActions, refuse, type CardActionHandler } from '../cards/card-action';
import type { Logger } from '../../logger';
import type { AdaptiveCardJson } from '../cards/card-template';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import {
  ALL_TOPICS,
  programmeAdminsCard,
  programmeMaterialsCard,
  programmeTopicsCard,
  topicInputIds,
} from './programme-manage.cards';
import { programmeFailureText } from './programme-replies';

export interface ProgrammeManageDeps {
  programmes: ProgrammeService;
  directory: ConversationDirectory;
  actor(context: TurnContext): Promise<Actor>;
  logger: Logger;
}

const text = (max: number) => z.string().max(max).optional().default('');
const topicRef = programmeRef.extend({ key: z.string().min(1).max(80) });
const retireData = topicRef.extend({ retired: z.enum(['true', 'false']) });
const newTopicData = programmeRef.extend({ newEn: text(200), newDe: text(200) });
const newMaterialData = programmeRef.extend({
  materialTitle: text(400),
  materialUrl: text(2000),
  materialTopic: z.string().max(80).optional(),
  materialForMentors: z.enum(['true', 'false']).optional(),
});
const materialRef = programmeRef.extend({ materialId: z.string().uuid() });
const newAdminData = programmeRef.extend({ newAdmin: z.string().min(1).max(64) });
const adminRef = programmeRef.extend({ adminId: z.string().min(1).max(64) });
/** A rename's names arrive in inputs named after the topic's key (one form per topic). */
const renameData = z.preprocess(
  (raw) => {
    const data = (raw ?? {}) as Record<string, unknown>;
    const ids = topicInputIds(String(data.key ?? ''));
    return { ...data, en: data[ids.en], de: data[ids.de] };
  },
  topicRef.extend({ en: text(200), de: text(200) }),
);

/** Domain refusals that HR can fix on the same card, with the sentence shown on it. */
const NOTICE_KEYS: Partial<Record<ProgrammeFailure, string>> = {
  'topic-name-invalid': 'programme.topics.invalid',
  'unknown-topic': 'programme.topics.unknown',
  'material-invalid': 'programme.materials.invalid',
  'unknown-material': 'programme.materials.unknown',
  'last-admin': 'programme.admins.lastAdmin',
  'already-admin': 'programme.admins.already',
  'not-an-admin': 'programme.admins.notAdmin',
};

type View = 'topics' | 'materials' | 'admins';

/** Topics, materials and admins of a programme, each on its own card reached from the overview. */
export function registerProgrammeManagement(app: Application<TurnState>, deps: ProgrammeManageDeps): void {
  const on = cardActions<ProgrammeFailure>(app, {
    logger: deps.logger,
    actor: deps.actor,
    refusals: programmeFailureText,
  });
  const handle = viewHandler(deps);

  on(Verbs.showTopics, programmeRef, handle('topics'));
  on(
    Verbs.addTopic,
    newTopicData,
    handle('topics', (d, p) => addTopic(p, { en: d.newEn, de: d.newDe })),
  );
  // The new names come in inputs named after the topic's key: read them under fixed names first.
  on(
    Verbs.renameTopic,
    renameData,
    handle('topics', (d, p) => renameTopic(p, d.key, { en: d.en, de: d.de })),
  );
  on(
    Verbs.retireTopic,
    retireData,
    handle('topics', (d, p) => setTopicRetired(p, d.key, d.retired === 'true')),
  );

  on(Verbs.showMaterials, programmeRef, handle('materials'));
  on(
    Verbs.addMaterial,
    newMaterialData,
    handle('materials', (d, p) =>
      addMaterial(p, {
        id: randomUUID(),
        title: d.materialTitle,
        url: d.materialUrl,
        topicKey: d.materialTopic && d.materialTopic !== ALL_TOPICS ? d.materialTopic : undefined,
        forMentors: d.materialForMentors === 'true' || undefined,
      }),
    ),
  );
  on(
    Verbs.removeMaterial,
    materialRef,
    handle('materials', (d, p) => removeMaterial(p, d.materialId)),
  );

  on(Verbs.showAdmins, programmeRef, handle('admins'));
  on(
    Verbs.addAdmin,
    newAdminData.refine((d) => d.newAdmin !== 'none'),
    handle('admins', (d, p) => addAdmin(p, d.newAdmin)),
  );
  on(
    Verbs.removeAdmin,
    adminRef,
    handle('admins', (d, p) => removeAdmin(p, d.adminId)),
  );
}

/**
 * A handler that shows a view's card, or applies a change and shows the card again (with the
 * reason on it when HR can fix the refusal there).
 */
function viewHandler(deps: ProgrammeManageDeps) {
  return <T extends { programmeId: string }>(
      view: View,
      change?: (data: T, programme: Programme) => Result<Programme, ProgrammeChangeFailure>,
    ): CardActionHandler<T, ProgrammeFailure> =>
    async ({ context, data, actor, t }) => {
      if (!change) {
        const found = await deps.programmes.get(actor, data.programmeId);
        return found.ok ? renderView(deps, context, view, found.value) : refuse(found.reason);
      }
      const result = await deps.programmes.change(actor, data.programmeId, (programme) => change(data, programme));
      if (result.ok) return renderView(deps, context, view, result.value);
      const noticeKey = NOTICE_KEYS[result.reason];
      if (!noticeKey) return refuse(result.reason);
      const current = await deps.programmes.get(actor, data.programmeId);
      return current.ok ? renderView(deps, context, view, current.value, t(noticeKey)) : refuse(current.reason);
    };
}

/** The card of one view; the admins view names each admin as Teams knows them. */
async function renderView(
  deps: ProgrammeManageDeps,
  context: TurnContext,
  view: View,
  programme: Programme,
  notice = '',
): Promise<AdaptiveCardJson> {
  const t = translatorFor(context);
  if (view === 'topics') return programmeTopicsCard(t, languageFor(context), programme, notice);
  if (view === 'materials') return programmeMaterialsCard(t, languageFor(context), programme, notice);
  const me = await deps.actor(context);
  const names = new Map<string, string>();
  await Promise.all(
    programme.admins.map(async (id) =>
      names.set(id, (await deps.directory.findPerson(me.tenantId, id))?.displayName ?? id),
    ),
  );
  return programmeAdminsCard(t, programme, names, me.aadObjectId, notice);
}
