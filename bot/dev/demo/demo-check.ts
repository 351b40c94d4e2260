import { ALEX, PLAYGROUND_TENANT } from './demo-people';
import { PLAYGROUND_IDS } from './playground-config';

/** What Alex must see for the demo to count as alive: each command, where to type it, and a text its answer holds. */
const EXPECTED = [
  { text: 'programme', conversation: PLAYGROUND_IDS.personalChat, scope: 'personal', shows: 'Reverse Mentoring 2027' },
  { text: 'pairs', conversation: PLAYGROUND_IDS.personalChat, scope: 'personal', shows: 'Megan Bowen' },
  { text: 'poll', conversation: PLAYGROUND_IDS.groupChat, scope: 'groupChat', shows: 'Big data' },
] as const;

/**
 * Asks the running server through its real endpoint, as the Playground would (with
 * `deliveryMode: expectReplies`, so the answers come back in the response instead of going to a
 * connector), and returns what is missing: nothing when Alex sees the programme, the pairs and
 * the open poll.
 */
export async function checkDemo(serverUrl: string): Promise<string[]> {
  const problems: string[] = [];
  for (const expected of EXPECTED) {
    const answer = await fetch(`${serverUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(expected.text, expected.conversation, expected.scope)),
    });
    const body = answer.ok ? ((await answer.json()) as { activities?: unknown[] }) : {};
    const seen = JSON.stringify(body.activities ?? []);
    if (!seen.includes(expected.shows))
      problems.push(`"${expected.text}" answered ${answer.status} without "${expected.shows}": ${seen.slice(0, 300)}`);
  }
  return problems;
}

function activity(text: string, conversationId: string, scope: 'personal' | 'groupChat') {
  return {
    type: 'message',
    id: `demo-check-${Date.now()}-${text}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: ALEX.playgroundId, name: ALEX.name, aadObjectId: ALEX.aadObjectId },
    recipient: { id: '28:tandem', name: 'Tandem' },
    conversation: {
      id: conversationId,
      tenantId: PLAYGROUND_TENANT,
      conversationType: scope === 'personal' ? 'personal' : 'groupChat',
      isGroup: scope !== 'personal',
    },
    channelData: { tenant: { id: PLAYGROUND_TENANT } },
    locale: ALEX.locale,
    text: scope === 'personal' ? text : `<at>Tandem</at> ${text}`,
    entities:
      scope === 'personal'
        ? []
        : [{ type: 'mention', text: '<at>Tandem</at>', mentioned: { id: '28:tandem', name: 'Tandem' } }],
  };
}
