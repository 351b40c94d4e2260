import { isFormerParticipant } from '../../domain/pairing/pair-ending';
import type { Profile } from '../../domain/participant/profile';
import type { Translate } from '../../i18n';
import { asCardText } from '../cards/card-text';

/**
 * A person's name as HR sees it in a pair, as card text. Someone who left (a stand-in id, or a profile that
 * is gone) is "a former participant": never their name, never why they left.
 */
export function nameInPair(t: Translate, people: ReadonlyMap<string, Profile>, id: string): string {
  const person = isFormerParticipant(id) ? undefined : people.get(id);
  return person ? asCardText(person.displayName) : t('pairs.formerParticipant');
}

/** "Name (Role)" of someone still in the programme, the name as card text. */
export function nameWithRole(t: Translate, person: Profile): { name: string; role: string } {
  return { name: asCardText(person.displayName), role: t(`onboarding.roles.${person.role}`) };
}
