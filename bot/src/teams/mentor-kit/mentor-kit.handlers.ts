import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import type { MentorKitService } from '../../services/mentor-kit/mentor-kit-service';
import { actorOf } from '../actor';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { languageFor, timeZoneOf, translatorFor } from '../turn-info';
import { mentorKitCard } from './mentor-kit.card';

export interface MentorKitFeatureDeps {
  mentorKit: MentorKitService;
}

/** More would bury the chat; a person mentors in, or runs, very few programmes at once. */
const MAX_KITS = 5;

/** `mentor kit` / `mentoren-kit`: the kit again, for mentors and the people who run a programme. */
export function registerMentorKit(app: Application<TurnState>, deps: MentorKitFeatureDeps): void {
  app.message(command('mentorKit'), async (context) => {
    const t = translatorFor(context);
    const kits = await deps.mentorKit.kitsFor(await actorOf(context));
    if (kits.length === 0) return void (await context.sendActivity(MessageFactory.text(t('mentorKit.none'))));
    const language = languageFor(context);
    // A mentor's profile says their zone; an admin without one gets their client's.
    const cards = kits
      .slice(0, MAX_KITS)
      .map(({ kit, profile }) =>
        cardAttachment(mentorKitCard(t, { language, timeZone: profile?.timeZone ?? timeZoneOf(context) }, kit)),
      );
    await context.sendActivity(MessageFactory.carousel(cards));
  });
}
