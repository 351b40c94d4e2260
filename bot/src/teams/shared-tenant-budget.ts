import { EMPTY_LEDGER, takeBatch, type BudgetLedger, type SlotGrant } from '../domain/tenant-budget/budget-ledger';
import { budgetPlan, fallbackPlan, largestQuota, slotAt, type BudgetPlan } from '../domain/tenant-budget/budget-slots';
import { addGrants, spendToken, tokensHeld, type HeldTokens } from '../domain/tenant-budget/held-tokens';
import type { Logger } from '../logger';
import { TenantBudgetLeases } from '../services/tenant-budget/budget-leases';
import type { TenantBudgetLedgers } from '../services/tenant-budget/tenant-budget-ports';
import { TenantTokenBucket, type TenantBudget, type TenantTokenSource } from './tenant-throttle';

/** An instance's tenant line taking its tokens from the budget all instances share through `ledgers`. */
export function sharedTenantThrottle(options: {
  ratePerSecond: number;
  maxInstances: number;
  ledgers: TenantBudgetLedgers;
  logger: Logger;
  nowMs?: () => number;
}): TenantTokenBucket {
  const nowMs = options.nowMs ?? (() => Date.now());
  const plan = budgetPlan(options.ratePerSecond);
  const budget = new SharedTenantBudget({
    plan,
    leases: new TenantBudgetLeases(options.ledgers, plan, nowMs),
    maxInstances: options.maxInstances,
    logger: options.logger,
    nowMs,
  });
  return new TenantTokenBucket(options.ratePerSecond, nowMs, budget);
}

export interface SharedTenantBudgetOptions {
  plan: BudgetPlan;
  leases: TenantBudgetLeases;
  /** The most instances that may run at once: each one's share while the ledger cannot be reached. */
  maxInstances: number;
  logger: Logger;
  nowMs?: () => number;
  /** How far ahead an instance takes tokens; half of it is left when it asks for the next batch. */
  leaseAheadMs?: number;
  /** A batch that takes longer starts the clock towards the local share (its answer is still used when it comes). */
  storageTimeoutMs?: number;
}

/**
 * The tenant's budget shared by every instance through storage (see domain/tenant-budget): each
 * instance takes batches of tokens for the coming second from the tenant's ledger row, as many
 * as its line has sends waiting, and spends them slot by slot.
 */
export class SharedTenantBudget implements TenantBudget {
  private readonly tenants = new Map<string, LeasedTokens>();
  readonly largestSlot: number;

  constructor(private readonly options: SharedTenantBudgetOptions) {
    this.largestSlot = largestQuota(options.plan);
  }

  forTenant(tenantId: string): TenantTokenSource {
    let tokens = this.tenants.get(tenantId);
    if (!tokens) {
      tokens = new LeasedTokens(tenantId, this.options);
      this.tenants.set(tenantId, tokens);
    }
    return tokens;
  }
}

/** While a batch is on its way, the line looks again after one slot. */
const SLOT_POLL = 1;
/** After a failed batch, the next try waits this long. */
const RETRY_AFTER_FAILURE_MS = 500;
/** A batch not answered by then is abandoned, so a hung request cannot keep the instance from asking again. */
const GIVE_UP_AFTER_MS = 10_000;

/**
 * One tenant's tokens on this instance. When the ledger cannot be reached, the instance falls
 * back to its local share (rate / most instances), but only once every token handed out before
 * (its own and, in a full outage, everyone's) has left every window (see `inFallback`).
 */
class LeasedTokens implements TenantTokenSource {
  private held: HeldTokens = [];
  /** The last slot a batch covered: the next one starts after it. */
  private leasedThrough = -Infinity;
  private pending = false;
  /** How long a batch takes to come back, so the next one starts after it arrives. */
  private latencyMs = 20;
  private failingSince: number | undefined;
  /** Tokens spent since the last batch was asked for, and when that was: this instance's recent pace. */
  private spent: { count: number; sinceMs: number };
  private retryAtMs = 0;
  private fallbackLedger: BudgetLedger = EMPTY_LEDGER;
  private readonly plan: BudgetPlan;
  private readonly nowMs: () => number;
  private readonly leaseAheadMs: number;
  private readonly storageTimeoutMs: number;

  constructor(
    private readonly tenantId: string,
    private readonly options: SharedTenantBudgetOptions,
  ) {
    this.plan = options.plan;
    this.nowMs = options.nowMs ?? (() => Date.now());
    this.leaseAheadMs = options.leaseAheadMs ?? 1000;
    this.storageTimeoutMs = options.storageTimeoutMs ?? 1000;
    this.spent = { count: 0, sinceMs: this.nowMs() };
  }

  take(nowMs: number, demand: number): number {
    if (this.inFallback(nowMs)) this.takeLocalShare(nowMs, demand);
    else this.renewIfNeeded(nowMs, demand);
    const decision = spendToken(this.plan, this.held, nowMs);
    this.held = decision.held;
    if (decision.spend) {
      this.spent.count += 1;
      return 0;
    }
    return Math.max(1, decision.waitMs ?? SLOT_POLL * this.plan.slotMs);
  }

  /** Asks for the next batch when the line needs more than is held; while failing, asks anyway to find the ledger back. */
  private renewIfNeeded(nowMs: number, demand: number): void {
    if (this.pending || nowMs < this.retryAtMs) return;
    const failing = this.failingSince !== undefined;
    // Tokens count from when a batch asked now would arrive.
    const arrives = nowMs + this.latencyMs;
    // Leased far enough ahead already: what the line lacks now is simply not free yet.
    if (!failing && this.leasedThrough >= slotAt(this.plan, arrives + this.leaseAheadMs / 2)) return;
    const firstSlot = Math.max(this.leasedThrough + 1, slotAt(this.plan, arrives));
    // However slow the ledger, no batch reaches further than this: the wait before the local share counts on it.
    const lastSlot = slotAt(this.plan, Math.min(arrives, nowMs + this.leaseAheadMs) + this.leaseAheadMs);
    // What waits beyond the tokens held, or what the recent pace spends in the new range: the
    // waiting sends alone would have every busy instance take a line's worth twice a second.
    const held = tokensHeld(this.plan, this.held, nowMs);
    const wanted = Math.max(demand - held, this.recentPace(nowMs, (lastSlot - firstSlot + 1) * this.plan.slotMs));
    if (!failing && wanted <= 0) return;
    this.spent = { count: 0, sinceMs: nowMs };
    this.pending = true;
    void this.lease({ firstSlot, lastSlot, wanted: Math.max(1, wanted) }, nowMs).finally(() => (this.pending = false));
  }

  /**
   * What the recent pace would spend in `ms`. The line holds only the sends waiting now (a
   * broadcast worker keeps a few dozen in flight), so asking for just those would take small
   * batches, several storage requests a second; at the pace it has been sending, a busy instance
   * takes the whole range at once. A quiet one (a reminder now and then) still takes only what waits.
   */
  private recentPace(nowMs: number, ms: number): number {
    const elapsed = Math.max(nowMs - this.spent.sinceMs, 100);
    const pace = elapsed > 5000 ? 0 : this.spent.count / elapsed;
    return Math.ceil(pace * ms);
  }

  /**
   * A batch that is slow starts the clock towards the local share, but its answer is still
   * awaited (a late batch's future slots are good); only one that never answers is given up.
   */
  private async lease(request: { firstSlot: number; lastSlot: number; wanted: number }, askedAt: number) {
    const slow = setTimeout(() => this.failing(new Error('the ledger is slow to answer')), this.storageTimeoutMs);
    try {
      const grants = await withTimeout(this.options.leases.take(this.tenantId, request), GIVE_UP_AFTER_MS);
      this.received(request, grants, askedAt);
    } catch (error) {
      this.failing(error);
      this.retryAtMs = this.nowMs() + RETRY_AFTER_FAILURE_MS;
    } finally {
      clearTimeout(slow);
    }
  }

  private failing(error: unknown): void {
    if (this.failingSince !== undefined) return;
    this.failingSince = this.nowMs();
    this.options.logger.warn(
      { tenantId: this.tenantId, err: error },
      'tenant budget: the ledger cannot be reached; the local share follows once earlier tokens have expired',
    );
  }

  private received(request: { lastSlot: number; wanted: number }, grants: SlotGrant[], askedAt: number): void {
    const now = this.nowMs();
    // Up at once, down slowly: a batch whose first slots pass before it arrives wastes them for everyone.
    this.latencyMs = Math.max(now - askedAt, 0.8 * this.latencyMs + 0.2 * (now - askedAt));
    const granted = grants.reduce((sum, grant) => sum + grant.count, 0);
    // All that was free up to the range's end is ours now; with less than wanted, that is everything.
    this.leasedThrough = granted < request.wanted || grants.length === 0 ? request.lastSlot : grants.at(-1)!.slot - 1;
    if (this.failingSince !== undefined) {
      // Back from the local share: its unspent tokens are not in the ledger, so they go.
      this.failingSince = undefined;
      this.held = [];
      this.options.logger.info({ tenantId: this.tenantId }, 'tenant budget: the ledger answers again');
    }
    this.held = addGrants(this.held, grants);
  }

  /**
   * A batch granted before the failure reaches at most two lease spans past it; its last token may
   * leave a few slots late and then counts for a second: only after that is the local share safe.
   */
  private inFallback(nowMs: number): boolean {
    if (this.failingSince === undefined) return false;
    const reach = 2 * this.leaseAheadMs + 1000 + (this.plan.windowSlots - 1000 / this.plan.slotMs) * this.plan.slotMs;
    return nowMs - this.failingSince >= reach;
  }

  /** Tokens from this instance's local share, with a ledger of its own; the ledger is still asked now and then. */
  private takeLocalShare(nowMs: number, demand: number): void {
    this.renewIfNeeded(nowMs, demand);
    if (tokensHeld(this.plan, this.held, nowMs) >= demand) return;
    const local = fallbackPlan(this.plan, this.options.maxInstances);
    const nowSlot = slotAt(local, nowMs);
    const batch = takeBatch(local, this.fallbackLedger, {
      nowSlot,
      firstSlot: nowSlot,
      lastSlot: nowSlot + local.windowSlots,
      wanted: demand,
    });
    this.fallbackLedger = batch.ledger;
    this.held = addGrants(this.held, batch.grants);
  }
}

/** Rejects after `ms`; the storage call itself goes on, and what it took is simply never spent. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the tenant budget ledger within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
