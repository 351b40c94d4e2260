import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { DataSubject } from '../services/privacy/personal-data';
import type { DownloadLinks } from '../services/privacy/download-links';

const AUDIENCE = 'tandem:data-export';
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
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const token = await new SignJWT({ tid: subject.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject.aadObjectId)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + LIFETIME_SECONDS)
      .sign(this.key);
    return `${this.publicUrl}/api/my-data?token=${encodeURIComponent(token)}`;
  }

  async subjectOf(token: string): Promise<DataSubject | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { audience: AUDIENCE, algorithms: ['HS256'], currentDate: this.now() });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string') return undefined;
      return { tenantId: payload.tid, aadObjectId: payload.sub };
    } catch {
      return undefined;
    }
  }
}
