import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { DataSubject } from '../services/privacy/personal-data';
import {
  DASHBOARD_VIEWS,
  type CalendarRef,
  type DashboardExport,
  type DashboardView,
  type DownloadLinks,
} from '../services/privacy/download-links';

const AUDIENCE = 'tandem:data-export';
const PROPOSAL_AUDIENCE = 'tandem:proposal-export';
const BROADCAST_AUDIENCE = 'tandem:broadcast-report';
const CALENDAR_AUDIENCE = 'tandem:meeting-calendar';
const DASHBOARD_AUDIENCE = 'tandem:dashboard-export';
/** Long enough to click, short enough that a forwarded or logged link is soon useless. */
const LIFETIME_SECONDS = 15 * 60;

/**
 * Download links carry a signed JWT (HS256) naming the tenant and person. The link is the
 * credential, so it is short-lived and bound to one purpose (audience).
 */
export class SignedDownloadLinks implements DownloadLinks {
  private readonly key: Uint8Array;

  constructor(
    private readonly publicUrl: string,
    secret: string | undefined,
    private readonly now: () => Date,
  ) {
    // Without a configured secret (local runs) a random one works for this process only.
    this.key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }

  async exportLink(subject: DataSubject): Promise<string> {
    return `${this.publicUrl}/api/my-data?token=${encodeURIComponent(await this.sign(AUDIENCE, subject, {}))}`;
  }

  async subjectOf(token: string): Promise<DataSubject | undefined> {
    return (await this.verify(AUDIENCE, token))?.subject;
  }

  async proposalLink(admin: DataSubject, programmeId: string): Promise<string> {
    return `${this.publicUrl}/api/proposal.csv?token=${encodeURIComponent(await this.sign(PROPOSAL_AUDIENCE, admin, { pid: programmeId }))}`;
  }

  async proposalOf(token: string): Promise<{ admin: DataSubject; programmeId: string } | undefined> {
    const verified = await this.verify(PROPOSAL_AUDIENCE, token);
    const programmeId = verified?.claims.pid;
    return verified && typeof programmeId === 'string' ? { admin: verified.subject, programmeId } : undefined;
  }

  async broadcastLink(admin: DataSubject, broadcastId: string): Promise<string> {
    return `${this.publicUrl}/api/broadcast.csv?token=${encodeURIComponent(await this.sign(BROADCAST_AUDIENCE, admin, { bid: broadcastId }))}`;
  }

  async broadcastOf(token: string): Promise<{ admin: DataSubject; broadcastId: string } | undefined> {
    const verified = await this.verify(BROADCAST_AUDIENCE, token);
    const broadcastId = verified?.claims.bid;
    return verified && typeof broadcastId === 'string' ? { admin: verified.subject, broadcastId } : undefined;
  }

  async dashboardLink(admin: DataSubject, { programmeId, view, language }: DashboardExport): Promise<string> {
    const token = await this.sign(DASHBOARD_AUDIENCE, admin, { pid: programmeId, view, lang: language });
    return `${this.publicUrl}/api/dashboard.csv?token=${encodeURIComponent(token)}`;
  }

  async dashboardOf(token: string): Promise<{ admin: DataSubject; export_: DashboardExport } | undefined> {
    const verified = await this.verify(DASHBOARD_AUDIENCE, token);
    const { pid, view, lang } = verified?.claims ?? {};
    if (!verified || typeof pid !== 'string' || !DASHBOARD_VIEWS.includes(view as DashboardView)) return undefined;
    return {
      admin: verified.subject,
      export_: { programmeId: pid, view: view as DashboardView, language: lang === 'de' ? 'de' : 'en' },
    };
  }

  async calendarLink(meeting: CalendarRef, until: Date): Promise<string> {
    // The link names the meeting, not a person: it is shared in the pair chat, and the entry holds no private content.
    const claims = { pid: meeting.programmeId, pair: meeting.pairId, lang: meeting.language };
    const token = await this.sign(
      CALENDAR_AUDIENCE,
      { tenantId: meeting.tenantId, aadObjectId: meeting.meetingId },
      claims,
      Math.floor(until.getTime() / 1000),
    );
    return `${this.publicUrl}/api/meeting.ics?token=${encodeURIComponent(token)}`;
  }

  async calendarOf(token: string): Promise<CalendarRef | undefined> {
    const verified = await this.verify(CALENDAR_AUDIENCE, token);
    const { pid, pair, lang } = verified?.claims ?? {};
    if (!verified || typeof pid !== 'string' || typeof pair !== 'string') return undefined;
    return {
      tenantId: verified.subject.tenantId,
      programmeId: pid,
      pairId: pair,
      meetingId: verified.subject.aadObjectId,
      language: lang === 'de' ? 'de' : 'en',
    };
  }

  private async sign(
    audience: string,
    subject: DataSubject,
    claims: Record<string, string>,
    expiresAt?: number,
  ): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ tid: subject.tenantId, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject.aadObjectId)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt ?? issuedAt + LIFETIME_SECONDS)
      .sign(this.key);
  }

  /** The subject and claims of a token for this purpose; undefined when forged, altered, expired or for another purpose. */
  private async verify(
    audience: string,
    token: string,
  ): Promise<{ subject: DataSubject; claims: Record<string, unknown> } | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        audience,
        algorithms: ['HS256'],
        currentDate: this.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string') return undefined;
      return { subject: { tenantId: payload.tid, aadObjectId: payload.sub }, claims: payload };
    } catch {
      return undefined;
    }
  }
}
