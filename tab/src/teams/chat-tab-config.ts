// Saving a configurable tab is a handshake: Teams asks on Save, we answer with the
// tab's URL and name, then confirm so Teams closes the dialog and pins the tab.
import { pages } from '@microsoft/teams-js';

/** Stable id of the journey tab; Teams hands it back as `page.id` in the tab's context. */
export const JOURNEY_ENTITY_ID = 'tandem-journey';

/** The tab instance Teams pins to a group chat. */
export function journeyTabConfig(origin: string, displayName: string): pages.InstanceConfig {
  return {
    entityId: JOURNEY_ENTITY_ID,
    contentUrl: `${origin}/tab/index.html?view=chat`,
    websiteUrl: `${origin}/tab/index.html?view=chat`,
    suggestedDisplayName: displayName,
  };
}

/**
 * Lets the user save the journey tab into the current group chat: registers the
 * save handler and enables Teams' Save button. Call only after Teams is initialised.
 */
export function enableJourneyTabSave(displayName: string, origin = window.location.origin): void {
  pages.config.registerOnSaveHandler((event) => {
    pages.config.setConfig(journeyTabConfig(origin, displayName)).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  pages.config.setValidityState(true);
}

/** Keeps Teams' Save button disabled: this chat is no pair chat (the page says why). */
export function refuseJourneyTabSave(): void {
  pages.config.setValidityState(false);
}
