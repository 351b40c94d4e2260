import { JOURNEY, seedJourney } from '../../harness/journey-fixture';
import { SSO_ENV, testTokenIssuer, type TestTokenIssuer } from '../../harness/sso-tokens';
import { startTestTandem, TestClock, type TestTandem } from '../../harness/test-server';
import type { BenchContext } from './figure';

/** The real server in SSO mode with the seeded pair, and the issuer of tokens it trusts. */
export interface JourneyServer {
  server: TestTandem;
  issuer: TestTokenIssuer;
  /** The seeded programme. */
  programmeId: string;
  stop(): Promise<void>;
}

/**
 * Starts the server the browser tests use (SSO with a test key set, the seeded journey) on the
 * bench's Azurite, so the figures measure the same path a pinned tab takes.
 */
export async function startJourneyServer(
  context: BenchContext,
  env: Record<string, string> = {},
): Promise<JourneyServer> {
  // The test harness finds its storage through this variable (jest's global setup sets it in tests).
  process.env.TANDEM_TEST_STORAGE = context.azurite.connectionString;
  const issuer = await testTokenIssuer();
  const clock = new TestClock();
  const server = await startTestTandem({
    env: { ...SSO_ENV, TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr, ...env },
    clock,
    tabAuth: issuer.authenticator(),
  });
  const programmeId = await seedJourney(server, clock);
  return { server, issuer, programmeId, stop: () => server.stop() };
}
