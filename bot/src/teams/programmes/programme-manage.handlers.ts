import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Programme } from '../../domain/programme/programme';
import { addAdmin, addMaterial, addTopic, removeAdmin, removeMaterial, renameTopic, setTopicRetired } from '../../domain/programme/programme-changes';
import type { Result } from '../../domain/result';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import type { Actor } from '../../services/versioned';
import { parseCardData, programmeRef } from '../card-data';
import type { AdaptiveCardJson } from '../cards/card-template';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { ALL_TOPICS, programmeAdminsCard, programmeMaterialsCard, programmeTopicsCard, topicInputIds } from './programme-manage.cards';
import { programmeFailureText } from './programme-replies';

export interface ProgrammeManageDeps {
  programmes: ProgrammeService;
  directory: ConversationDirectory;
  actor(context: TurnContext): Promise<Actor>;
}

const text = (max: number) => z.string().max(max).optional().default('');
const topicRef = programmeRef.extend({ key: z.string().min(1).max(80) });
const retireData = topicRef.extend({ retired: z.enum(['true', 'false']) });
const newTopicData = programmeRef.extend({ newEn: text(200), newDe: text(200) });
const newMaterialData = programmeRef.extend({ materialTitle: text(400), materialUrl: text(2000), materialTopic: z.string().max(80).optional() });
const materialRef = programmeRef.extend({ materialId: z.string().uuid() });
const newAdminData = programmeRef.extend({ newAdmin: z.string().min(1).max(64) });
const adminRef = programmeRef.extend({ adminId: z.string().min(1).max(64) });

/** Domain refusals that HR can fix on the same card, with the sentence shown on it. */
const NOTICE_KEYS: Record<string, string> = {
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
  const render = async (context: TurnContext, view: View, programme: Programme, notice = ''): Promise<AdaptiveCardJson> => {
    const t = translatorFor(context);
    if (view === 'topics') return programmeTopicsCard(t, languageFor(context), programme, notice);
    if (view === 'materials') return programmeMaterialsCard(t, languageFor(context), programme, notice);
    const me = await deps.actor(context);
    const names = new Map<string, string>();
    await Promise.all(programme.admins.map(async (id) => names.set(id, (await deps.directory.findPerson(me.tenantId, id))?.displayName ?? id)));
    return programmeAdminsCard(t, programme, names, me.aadObjectId, notice);
  };

  /** Shows a card, or applies a change and shows the card again (with the reason when it was refused). */
  const handle = <T extends { programmeId: string }>(view: View, schema: z.ZodType<T, z.ZodTypeDef, unknown>, change?: (data: T, programme: Programme) => Result<Programme, string>) =>
    async (context: TurnContext, _state: TurnState, raw: unknown) => {
      const t = translatorFor(context);
      const data = parseCardData(schema, raw);
      if (!data) return t('errors.invalidCardData');
      const actor = await deps.actor(context);
      if (!change) {
        const found = await deps.programmes.get(actor, data.programmeId);
        return found.ok ? render(context, view, found.value) : programmeFailureText(t, found.reason);
      }
      const result = await deps.programmes.change(actor, data.programmeId, (programme) => change(data, programme));
      if (result.ok) return render(context, view, result.value);
      const noticeKey = NOTICE_KEYS[result.reason];
      if (!noticeKey) return programmeFailureText(t, result.reason);
      const current = await deps.programmes.get(actor, data.programmeId);
      return current.ok ? render(context, view, current.value, t(noticeKey)) : programmeFailureText(t, current.reason);
    };

  app.adaptiveCards.actionExecute(Verbs.showTopics, handle('topics', programmeRef));
  app.adaptiveCards.actionExecute(Verbs.addTopic, handle('topics', newTopicData, (d, p) => addTopic(p, { en: d.newEn, de: d.newDe })));
  app.adaptiveCards.actionExecute(Verbs.renameTopic, async (context, state, raw: Record<string, unknown>) => {
    const ids = topicInputIds(String(raw?.key ?? ''));
    const withNames = { ...raw, en: raw?.[ids.en], de: raw?.[ids.de] };
    const renameData = topicRef.extend({ en: text(200), de: text(200) });
    return handle('topics', renameData, (d, p) => renameTopic(p, d.key, { en: d.en, de: d.de }))(context, state, withNames);
  });
  app.adaptiveCards.actionExecute(Verbs.retireTopic, handle('topics', retireData, (d, p) => setTopicRetired(p, d.key, d.retired === 'true')));

  app.adaptiveCards.actionExecute(Verbs.showMaterials, handle('materials', programmeRef));
  app.adaptiveCards.actionExecute(Verbs.addMaterial, handle('materials', newMaterialData, (d, p) =>
    addMaterial(p, { id: randomUUID(), title: d.materialTitle, url: d.materialUrl, topicKey: d.materialTopic && d.materialTopic !== ALL_TOPICS ? d.materialTopic : undefined })));
  app.adaptiveCards.actionExecute(Verbs.removeMaterial, handle('materials', materialRef, (d, p) => removeMaterial(p, d.materialId)));

  app.adaptiveCards.actionExecute(Verbs.showAdmins, handle('admins', programmeRef));
  app.adaptiveCards.actionExecute(Verbs.addAdmin, handle('admins', newAdminData.refine((d) => d.newAdmin !== 'none'), (d, p) => addAdmin(p, d.newAdmin)));
  app.adaptiveCards.actionExecute(Verbs.removeAdmin, handle('admins', adminRef, (d, p) => removeAdmin(p, d.adminId)));
}
