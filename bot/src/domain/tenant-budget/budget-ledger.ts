import { quotaOf, type BudgetPlan } from './budget-slots';

/**
 * How many of each slot's quota the instances have taken, from `fromSlot` on (`taken[i]` is slot
 * `fromSlot + i`). Slots before the present are dropped on every batch, so the ledger stays as
 * long as the instances lease ahead (about a second).
 */
export interface BudgetLedger {
  fromSlot: number;
  taken: number[];
}

/** Tokens of one slot, taken for one instance. */
export interface SlotGrant {
  slot: number;
  count: number;
}

/** What an instance asks for: up to `wanted` tokens in slots `firstSlot`..`lastSlot`, earliest first. */
export interface BatchRequest {
  /** The present: older slots are dropped and never handed out. */
  nowSlot: number;
  firstSlot: number;
  lastSlot: number;
  wanted: number;
}

export const EMPTY_LEDGER: BudgetLedger = { fromSlot: 0, taken: [] };

/**
 * Takes up to `wanted` free tokens from the earliest slots of the range. Returns the ledger to
 * store (with the present's older slots dropped) and the grants; with nothing free, no grant and
 * the ledger unchanged in what it holds, so the caller need not write it.
 */
export function takeBatch(
  plan: BudgetPlan,
  ledger: BudgetLedger,
  request: BatchRequest,
): { ledger: BudgetLedger; grants: SlotGrant[]; granted: number } {
  const first = Math.max(request.firstSlot, request.nowSlot);
  const taken = new Map<number, number>();
  ledger.taken.forEach((count, i) => {
    if (ledger.fromSlot + i >= request.nowSlot && count > 0) taken.set(ledger.fromSlot + i, count);
  });
  const grants: SlotGrant[] = [];
  let granted = 0;
  for (let slot = first; slot <= request.lastSlot && granted < request.wanted; slot += 1) {
    const free = quotaOf(plan, slot) - (taken.get(slot) ?? 0);
    const count = Math.min(free, request.wanted - granted);
    if (count <= 0) continue;
    taken.set(slot, (taken.get(slot) ?? 0) + count);
    grants.push({ slot, count });
    granted += count;
  }
  return { ledger: ledgerOf(taken, request.nowSlot), grants, granted };
}

/** A dense ledger from the present to the last slot anyone took. */
function ledgerOf(taken: Map<number, number>, nowSlot: number): BudgetLedger {
  const slots = [...taken.keys()];
  if (slots.length === 0) return { fromSlot: nowSlot, taken: [] };
  const from = Math.min(...slots);
  const to = Math.max(...slots);
  return { fromSlot: from, taken: Array.from({ length: to - from + 1 }, (_, i) => taken.get(from + i) ?? 0) };
}
