import { DEMO_NEWS } from './demo-news';
import { ALEX, DEMO_PEOPLE, PLAYGROUND_TENANT } from './demo-people';
import { DEMO_PRACTICES } from './demo-practices';
import { PLAYGROUND_IDS } from './playground-config';

const personal = { conversation: PLAYGROUND_IDS.personalChat, scope: 'personal' } as const;

/** What Alex must see for the demo to count as alive: each command, where to type it, and texts its answer holds. */
const EXPECTED = [
  { text: 'programme', ...personal, shows: ['Reverse Mentoring 2027'] },
  { text: 'pairs', ...personal, shows: ['Megan Bowen'] },
  { text: 'poll', conversation: PLAYGROUND_IDS.groupChat, scope: 'groupChat', shows: ['Big data'] },
  // HR's curation queue holds the practices members shared, German and English.
  { text: 'good practices', ...personal, shows: DEMO_PRACTICES.map((p) => p.form.title) },
  // The news was delivered: listed by its first (German) title, its report counting every participant.
  { text: 'news status', ...personal, shows: [DEMO_NEWS.titleDe, `of ${DEMO_PEOPLE.length} received it`] },
] as const;

/**
 * Asks the running server through its real endpoint, as the Playground would (with
 * `deliveryMode: expectReplies`, so the answers come back in the response instead of going to a
 * connector), and returns what is missing: nothing when Alex sees the programme, the pairs, the
 * open poll, the practices waiting for curation and the sent news with its report.
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
    for (const shows of expected.shows)
      if (!seen.includes(shows))
        problems.push(`"${expected.text}" answered ${answer.status} without "${shows}": ${seen.slice(0, 300)}`);
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
