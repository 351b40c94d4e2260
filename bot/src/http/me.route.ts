import type { Request, Response, Server } from 'restify';
import type { OnboardingService } from '../services/onboarding/onboarding-service';
import type { TabAuthenticator } from './auth/tab-identity';

/**
 * `GET /api/me`: who the tab's user is and their programmes (with role), the starting point of
 * the tab. 401 without a valid Teams SSO token.
 */
export function registerMeRoute(server: Server, deps: { auth: TabAuthenticator; onboarding: OnboardingService }): void {
  server.get('/api/me', async (req: Request, res: Response) => {
    const identity = await deps.auth.identify(req.headers);
    if (typeof identity === 'string') return void res.send(401, { error: identity });
    const memberships = await deps.onboarding.memberships({
      tenantId: identity.tenantId,
      aadObjectId: identity.aadObjectId,
      displayName: identity.name ?? '',
      locale: 'en',
    });
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      aadObjectId: identity.aadObjectId,
      tenantId: identity.tenantId,
      development: identity.development,
      programmes: memberships.map(({ programme, profile }) => ({
        id: programme.id,
        name: programme.name,
        status: programme.status,
        role: profile?.role ?? null,
      })),
    });
  });
}
