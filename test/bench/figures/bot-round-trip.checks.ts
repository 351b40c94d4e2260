import { cardProblems } from '../../harness/card-checker';
import { check } from '../lib/figure';
import type { TurnOutcome } from '../lib/turn-loop';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The card a subject must answer with every time. The first card is checked in full (schema,
 * template fields, verbs, size); later ones must be identical to it, which is cheap enough to
 * check on every measured turn.
 */
export class ExpectedCard {
  private reference: string | undefined;

  constructor(private readonly label: string) {}

  matches(card: unknown): void {
    const json = JSON.stringify(card);
    if (this.reference === undefined) {
      const problems = cardProblems(card);
      check(problems.length === 0, () => `${this.label}: the card is invalid:\n- ${problems.join('\n- ')}`);
      this.reference = json;
      return;
    }
    check(
      json === this.reference,
      () => `${this.label}: the card differs from the first turn's:\n${json.slice(0, 500)}`,
    );
  }
}

/** `help` in a personal chat: HTTP 200 and exactly one reply to the activity, carrying one Adaptive Card. */
export function checkHelpTurn(outcome: TurnOutcome, card: ExpectedCard): void {
  const { activity, response, connectorCalls } = outcome;
  check(response.status === 200, () => `help: /api/messages answered HTTP ${response.status}`);
  check(
    connectorCalls.length === 1,
    () => `help: expected 1 connector call, got ${connectorCalls.length}: ${describeCalls(outcome)}`,
  );
  const [call] = connectorCalls;
  check(
    call && call.kind === 'reply' && call.status < 300,
    () => `help: expected an accepted reply, got ${describeCalls(outcome)}`,
  );
  check(
    call.conversationId === activity.conversation.id && call.activityId === activity.id,
    () => `help: the reply went to ${call.path}`,
  );
  const attachments = call.body?.attachments as Array<{ contentType?: string; content?: unknown }> | undefined;
  check(
    call.body?.type === 'message' && attachments?.length === 1,
    () => `help: expected one message with one attachment: ${JSON.stringify(call.body).slice(0, 500)}`,
  );
  check(
    attachments[0]?.contentType === ADAPTIVE_CARD,
    () => `help: the attachment is ${attachments[0]?.contentType}, not an Adaptive Card`,
  );
  card.matches(attachments[0].content);
  checkTableRequests('help', outcome);
}

/** `Action.Execute` with `help.show`: the new card comes back in the invoke response, nothing is posted. */
export function checkCardActionTurn(outcome: TurnOutcome, card: ExpectedCard): void {
  const { response, connectorCalls } = outcome;
  check(response.status === 200, () => `card action: /api/messages answered HTTP ${response.status}`);
  check(connectorCalls.length === 0, () => `card action: expected no connector calls, got ${describeCalls(outcome)}`);
  const body = response.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
  check(
    body?.statusCode === 200 && body.type === ADAPTIVE_CARD,
    () => `card action: the invoke response is not a card: ${JSON.stringify(body).slice(0, 500)}`,
  );
  card.matches(body.value);
  checkTableRequests('card action', outcome);
}

/** The echo bot: exactly one reply with the text it was sent. */
export function checkEchoTurn(outcome: TurnOutcome): void {
  const { activity, response, connectorCalls } = outcome;
  check(response.status === 200, () => `echo: /api/messages answered HTTP ${response.status}`);
  const [call] = connectorCalls;
  check(
    connectorCalls.length === 1 && call?.kind === 'reply' && call.status < 300,
    () => `echo: expected one accepted reply, got ${describeCalls(outcome)}`,
  );
  check(
    call.body?.type === 'message' && call.body.text === activity.text,
    () => `echo: replied ${JSON.stringify(call.body?.text)} to ${JSON.stringify(activity.text)}`,
  );
}

/** Tandem logs and carries on when storage fails, so a failing request must be caught here. */
function checkTableRequests(label: string, outcome: TurnOutcome): void {
  const failed = outcome.tableRequests.filter((request) => request.status >= 400);
  check(
    failed.length === 0,
    () => `${label}: Table Storage answered ${failed.map((r) => `${r.status} to ${r.method} ${r.path}`).join(', ')}`,
  );
}

function describeCalls(outcome: TurnOutcome): string {
  return JSON.stringify(
    outcome.connectorCalls.map((call) => ({
      kind: call.kind,
      status: call.status,
      path: call.path,
      type: call.body?.type,
    })),
  );
}
