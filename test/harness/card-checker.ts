import { isKnownVerb } from '../../bot/src/teams/verbs';

// The UMD bundle is the build that loads on Node without a DOM (see STACK-NOTES).
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Teams rejects messages over about 28 KB; a card must leave room for the activity around it. */
export const TEAMS_CARD_MAX_BYTES = 28 * 1024;

/** Everything wrong with a card, as readable strings; empty when the card is fine. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (typeof card !== 'object' || card === null) return ['not an object'];
  const json = card as Record<string, unknown>;
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${String(json.type)}`);
  if (typeof json.version !== 'string' || !/^1\.[0-5]$/.test(json.version))
    problems.push(`schema version ${String(json.version)} is not 1.0–1.5`);

  const text = JSON.stringify(card);
  const unresolved = text.match(/\$\{[^}]*\}/g);
  if (unresolved) problems.push(`unresolved template fields: ${[...new Set(unresolved)].join(', ')}`);
  if (Buffer.byteLength(text) > TEAMS_CARD_MAX_BYTES)
    problems.push(`card is ${Buffer.byteLength(text)} bytes, over ${TEAMS_CARD_MAX_BYTES}`);

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents as Array<{ message: string }>)
    problems.push(`validate: ${event.message}`);

  for (const action of actionsIn(card)) {
    const verb =
      action.type === 'Action.Execute' ? action.verb : (action.data as Record<string, unknown> | undefined)?.verb;
    if (!isKnownVerb(verb)) problems.push(`${String(action.type)} has unknown verb ${JSON.stringify(verb)}`);
  }
  return problems;
}

/** Fails the test with every problem listed when a card would not be accepted or not work. */
export function expectValidCard(card: unknown): void {
  const problems = cardProblems(card);
  if (problems.length > 0)
    throw new Error(`Card check failed:\n- ${problems.join('\n- ')}\n${JSON.stringify(card, null, 2).slice(0, 2000)}`);
}

/** The card of the first Adaptive Card attachment of an activity. */
export function cardOf(activity: Record<string, any> | undefined): Record<string, any> {
  const attachment = activity?.attachments?.find(
    (a: { contentType: string }) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  if (!attachment) throw new Error(`No Adaptive Card in activity: ${JSON.stringify(activity)?.slice(0, 500)}`);
  return attachment.content;
}

/** All server-bound actions (Execute and Submit) anywhere in a card, including refresh and nested cards. */
export function actionsIn(node: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    if (object.type === 'Action.Execute' || object.type === 'Action.Submit') found.push(object);
    Object.values(object).forEach(visit);
  };
  visit(node);
  return found;
}

/** All TextBlock texts and fact titles/values in a card, joined: handy for "the card says …" assertions. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    for (const key of ['text', 'title', 'value'])
      if (typeof object[key] === 'string') texts.push(object[key] as string);
    Object.values(object).forEach(visit);
  };
  visit(card);
  return texts.join('\n');
}

/** The input with this id anywhere in a card (inputs sit inside column sets and containers). */
export function inputOf(card: unknown, id: string): Record<string, any> {
  let found: Record<string, any> | undefined;
  const visit = (value: unknown) => {
    if (found || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach(visit);
    const object = value as Record<string, any>;
    if (object.id === id && typeof object.type === 'string' && object.type.startsWith('Input.')) found = object;
    else Object.values(object).forEach(visit);
  };
  visit(card);
  if (!found) throw new Error(`No input "${id}" in the card`);
  return found;
}
