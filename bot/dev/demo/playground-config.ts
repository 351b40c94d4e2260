import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ALEX, DEMO_PEOPLE, PLAYGROUND_TENANT } from './demo-people';

/** The conversations the demo's Playground shows, and the seed binds: the pair chat and the news channel. */
export const PLAYGROUND_IDS = {
  personalChat: 'a:demo-personal-chat-alex',
  groupChat: '19:demo-megan-alex@thread.v2',
  team: '19:demo-team@thread.tacv2',
  teamGroup: '00000000-0000-0000-0000-000000000031',
  newsChannel: '19:demo-news@thread.tacv2',
} as const;

/**
 * Writes `.m365agentsplayground.yml` into `folder` (the Playground reads it from its working
 * folder): Alex as the current user, the Playground's other people, the group chat that is
 * Alex and Megan's pair chat and a team whose channel is the programme's news channel. YAML
 * is a superset of JSON, so the file is written as JSON.
 */
export async function writePlaygroundConfig(folder: string): Promise<string> {
  const user = (p: (typeof DEMO_PEOPLE)[number]) => {
    const [givenName, ...rest] = p.name.split(' ');
    return {
      id: p.playgroundId!,
      name: p.name,
      userPrincipleName: p.email,
      aadObjectId: p.aadObjectId,
      givenName: givenName!,
      surname: rest.join(' '),
      email: p.email,
    };
  };
  const config = {
    version: '0.1.1',
    tenantId: PLAYGROUND_TENANT,
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Tandem' },
    currentUser: user(ALEX),
    users: DEMO_PEOPLE.filter((p) => p.playgroundId && p !== ALEX).map(user),
    personalChat: { id: PLAYGROUND_IDS.personalChat },
    groupChat: { id: PLAYGROUND_IDS.groupChat, name: 'Tandem: Megan & Alex' },
    team: {
      id: PLAYGROUND_IDS.team,
      name: 'Reverse Mentoring 2027',
      aadGroupId: PLAYGROUND_IDS.teamGroup,
      channels: [{ id: PLAYGROUND_IDS.newsChannel, name: 'Programme news' }],
    },
  };
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, '.m365agentsplayground.yml');
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}
