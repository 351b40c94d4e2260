import type { TurnContext } from 'botbuilder';
import { recogniseCommand, type CommandId } from '../domain/commands';
import { scopeOf } from './turn-info';

/** A teams-ai route selector for a typed command (not for card submits, which carry `value`). */
export function command(id: CommandId): (context: TurnContext) => Promise<boolean> {
  return async (context) =>
    context.activity.type === 'message' &&
    !context.activity.value &&
    recogniseCommand(context.activity.text, scopeOf(context)) === id;
}
