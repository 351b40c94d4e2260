import type { Activity } from 'botbuilder';
import { languageOf } from '../domain/language';
import type { Programme } from '../domain/programme/programme';
import { translator, type Translate } from '../i18n';
import type { ConversationDirectory } from '../services/conversation-directory';
import type { ProactiveSender } from './proactive';

/** Where admins are and how to reach them. */
export interface AdminMessageDeps {
  directory: ConversationDirectory;
  proactive: ProactiveSender;
}

/**
 * Sends a message to each admin of a programme in their personal chat, written in the language
 * stored with their address (a proactive message has no incoming activity to read it from).
 * Admins Tandem has no chat with are skipped; returns how many were sent.
 */
export async function toAdmins(deps: AdminMessageDeps, programme: Pick<Programme, 'tenantId' | 'admins'>, message: (t: Translate) => Partial<Activity>): Promise<number> {
  let sent = 0;
  for (const admin of programme.admins) {
    const address = await deps.directory.findPerson(programme.tenantId, admin);
    if (!address) continue;
    const outcome = await deps.proactive.send(address.reference, message(translator(languageOf(address.locale))));
    if (outcome.status === 'sent') sent++;
  }
  return sent;
}
