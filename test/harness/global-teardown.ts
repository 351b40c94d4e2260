/** Stops the Azurite that global-setup started. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TANDEM_AZURITE__?: { stop(): Promise<void> } }).__TANDEM_AZURITE__?.stop();
}
