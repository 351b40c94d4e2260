import type { Clock } from '../../domain/clock';
import type { Profile } from '../../domain/participant/profile';
import {
  isAdminOf,
  mentorMaterials,
  type Coach,
  type Material,
  type Programme,
} from '../../domain/programme/programme';
import type { ChannelRef, ChannelSettings } from '../broadcasts/broadcast-ports';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import type { UpcomingBriefing, UpcomingBriefings } from './upcoming-briefings';

/** What equips a mentor: the programme's briefing materials, its coach, community and next briefing. */
export interface MentorKit {
  programme: Programme;
  materials: Material[];
  coach?: Coach;
  community?: ChannelRef;
  nextBriefing?: UpcomingBriefing;
}

/** A kit with the person it is for, when they are a participant (their profile says their language and zone). */
export interface KitForPerson {
  kit: MentorKit;
  profile?: Profile;
}

/** Who may see a programme's kit: its mentors and the people who run it. */
function mayReadKit(programme: Programme, aadObjectId: string, profile: Profile | undefined): boolean {
  return profile?.role === 'mentor' || isAdminOf(programme, aadObjectId);
}

/** The mentor kit: assembled from the programme, its community channel and the briefings port. */
export class MentorKitService {
  constructor(
    private readonly programmes: Pick<ProgrammeRepository, 'get' | 'list'>,
    private readonly profiles: Pick<ProfileRepository, 'get'>,
    private readonly channels: Pick<ChannelSettings, 'channels'>,
    private readonly briefings: UpcomingBriefings,
    private readonly clock: Clock,
  ) {}

  /** A mentor's kit for one programme (the notice after onboarding or confirmation); undefined when they are no mentor there. */
  async forMentor(tenantId: string, programmeId: string, aadObjectId: string): Promise<KitForPerson | undefined> {
    const [programme, profile] = await Promise.all([
      this.programmes.get(tenantId, programmeId),
      this.profiles.get(programmeId, aadObjectId),
    ]);
    if (!programme || profile?.value.role !== 'mentor') return undefined;
    return { kit: await this.kitOf(programme.value), profile: profile.value };
  }

  /** `mentor kit`: the kits of every programme in which this person mentors or which they run. */
  async kitsFor(actor: Actor): Promise<KitForPerson[]> {
    const programmes = (await this.programmes.list(actor.tenantId)).map((p) => p.value);
    const readable = await Promise.all(
      programmes.map(async (programme) => {
        const profile = (await this.profiles.get(programme.id, actor.aadObjectId))?.value;
        return mayReadKit(programme, actor.aadObjectId, profile) ? { programme, profile } : undefined;
      }),
    );
    return Promise.all(
      readable
        .filter((r) => r !== undefined)
        .map(async ({ programme, profile }) => ({ kit: await this.kitOf(programme), profile })),
    );
  }

  private async kitOf(programme: Programme): Promise<MentorKit> {
    const [channels, nextBriefing] = await Promise.all([
      this.channels.channels(programme.tenantId, programme.id),
      this.briefings.nextFor(programme.tenantId, programme.id, this.clock.now()),
    ]);
    return {
      programme,
      materials: mentorMaterials(programme),
      coach: programme.coach,
      community: channels.get('community'),
      nextBriefing,
    };
  }
}
