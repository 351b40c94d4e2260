import { EMPTY_LEDGER, takeBatch, type BudgetLedger } from '../../../bot/src/domain/tenant-budget/budget-ledger';
import {
  budgetPlan,
  fallbackPlan,
  largestQuota,
  LATE_SLOTS,
  MARGIN_SLOTS,
  quotaOf,
  slotAt,
  slotStartMs,
  type BudgetPlan,
} from '../../../bot/src/domain/tenant-budget/budget-slots';
import { addGrants, spendToken, tokensHeld } from '../../../bot/src/domain/tenant-budget/held-tokens';

/** A slot number of today's order of magnitude (milliseconds since 1970 / 25), where rounding would show. */
const TODAY = slotAt(budgetPlan(1), Date.parse('2026-12-06T05:00:00Z'));
const sum = (plan: BudgetPlan, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => quotaOf(plan, from + i)).reduce((a, b) => a + b, 0);

describe('tenant budget slots: the quotas hold the rate in every second, whoever takes them', () => {
  test.each([1, 7, 40, 50, 490, 1000])(
    'any %i-per-second window of consecutive slots holds exactly the rate',
    (rate) => {
      const plan = budgetPlan(rate);
      expect(plan.windowSlots).toBe(106);
      for (const start of [0, 1, 17, TODAY, TODAY + 12_345])
        for (let offset = 0; offset < plan.windowSlots; offset += 1)
          expect(sum(plan, start + offset, plan.windowSlots)).toBe(rate);
      expect(Math.max(...Array.from({ length: 200 }, (_, i) => quotaOf(plan, TODAY + i)))).toBeLessThanOrEqual(
        largestQuota(plan),
      );
    },
  );

  test('tokens spent anywhere in their slot or up to two slots late never put more than the rate into any second, with the margin to spare', () => {
    for (const rate of [5, 50, 490]) {
      const plan = budgetPlan(rate);
      const spendable = (slot: number) => [slotStartMs(plan, slot), slotStartMs(plan, slot + 1 + LATE_SLOTS)] as const;
      // Every second (and the margin) starting at each millisecond of a second and a half.
      for (let t = slotStartMs(plan, TODAY); t < slotStartMs(plan, TODAY) + 1500; t += 1) {
        const [from, to] = [t, t + 1000 + MARGIN_SLOTS * plan.slotMs];
        let reachable = 0;
        for (let slot = slotAt(plan, from) - LATE_SLOTS - 1; slot <= slotAt(plan, to); slot += 1) {
          const [start, end] = spendable(slot);
          if (start < to && end > from) reachable += quotaOf(plan, slot);
        }
        expect(reachable).toBeLessThanOrEqual(rate);
      }
    }
  });

  test('one instance with all the slots reaches 100 of 106 parts of the rate', () => {
    const plan = budgetPlan(490);
    const perSecond = sum(plan, TODAY, 1000 / plan.slotMs);
    expect(perSecond / 490).toBeGreaterThanOrEqual(0.94);
    expect(perSecond / 490).toBeLessThanOrEqual(100 / 106 + 0.01);
  });

  test('the fallback shares of the most instances that may run add up to no more than the rate', () => {
    const plan = budgetPlan(40);
    expect(fallbackPlan(plan, 3).ratePerSecond).toBe(13);
    expect(3 * fallbackPlan(plan, 3).ratePerSecond).toBeLessThanOrEqual(40);
    expect(fallbackPlan(plan, 1).ratePerSecond).toBe(40);
  });

  test('a rate under one message per second is refused', () => {
    expect(() => budgetPlan(0.5)).toThrow(RangeError);
  });
});

describe('tenant budget ledger: batches of slots taken by several instances', () => {
  const plan = budgetPlan(50);
  const range = (from: number, slots: number, wanted: number) => ({
    nowSlot: from,
    firstSlot: from,
    lastSlot: from + slots - 1,
    wanted,
  });

  test('a batch takes the earliest free tokens, no more than wanted', () => {
    const { grants, granted, ledger } = takeBatch(plan, EMPTY_LEDGER, range(TODAY, 100, 5));
    expect(granted).toBe(5);
    let firstWithQuota = TODAY;
    while (quotaOf(plan, firstWithQuota) === 0) firstWithQuota += 1;
    expect(grants[0]!.slot).toBe(firstWithQuota);
    expect(grants.every((grant, i) => i === 0 || grant.slot > grants[i - 1]!.slot)).toBe(true);
    expect(ledger.fromSlot).toBe(firstWithQuota);
    expect(ledger.taken.reduce((a, b) => a + b, 0)).toBe(5);
  });

  test('instances taking in turn never share a token and never take more than the quotas', () => {
    let ledger: BudgetLedger = EMPTY_LEDGER;
    const perInstance = [0, 0, 0];
    const bySlot = new Map<number, number>();
    for (let round = 0; round < 30; round += 1) {
      const instance = round % 3;
      const nowSlot = TODAY + round * 4;
      const batch = takeBatch(plan, ledger, range(nowSlot, 100, 17));
      ledger = batch.ledger;
      perInstance[instance]! += batch.granted;
      for (const grant of batch.grants) bySlot.set(grant.slot, (bySlot.get(grant.slot) ?? 0) + grant.count);
    }
    for (const [slot, count] of bySlot) expect(count).toBeLessThanOrEqual(quotaOf(plan, slot));
    // Everyone got a share: nobody takes the whole future.
    expect(Math.min(...perInstance)).toBeGreaterThan(0);
  });

  test('with everything taken there is nothing to grant; past slots are dropped and never granted', () => {
    const all = takeBatch(plan, EMPTY_LEDGER, range(TODAY, 106, 1000));
    expect(all.granted).toBe(50);
    expect(takeBatch(plan, all.ledger, range(TODAY, 106, 10)).granted).toBe(0);
    const later = takeBatch(plan, all.ledger, {
      nowSlot: TODAY + 10,
      firstSlot: TODAY,
      lastSlot: TODAY + 130,
      wanted: 1000,
    });
    expect(later.grants[0]!.slot).toBeGreaterThanOrEqual(TODAY + 106);
    expect(later.ledger.fromSlot).toBeGreaterThanOrEqual(TODAY + 10);
  });
});

describe('held tokens: spent in their slot or up to two late, then gone', () => {
  const plan = budgetPlan(50);
  const at = (slot: number, ms = 0) => slotStartMs(plan, slot) + ms;

  test('a token of a later slot waits for its slot; one of the present slot is spent now', () => {
    const held = addGrants([], [{ slot: TODAY + 2, count: 2 }]);
    expect(spendToken(plan, held, at(TODAY, 5))).toEqual({ spend: false, held, waitMs: 15 });
    const first = spendToken(plan, held, at(TODAY + 2, 1));
    expect(first).toEqual({ spend: true, held: [{ slot: TODAY + 2, count: 1 }] });
    const second = spendToken(plan, first.held, at(TODAY + 2, 3));
    expect(second).toEqual({ spend: true, held: [] });
    expect(spendToken(plan, second.held, at(TODAY + 2, 4))).toEqual({ spend: false, held: [] });
  });

  test('a timer that wakes two slots late still spends; three slots late the token is gone', () => {
    const held = addGrants([], [{ slot: TODAY, count: 1 }]);
    expect(spendToken(plan, held, at(TODAY + 2, 9)).spend).toBe(true);
    expect(spendToken(plan, held, at(TODAY + 3))).toEqual({ spend: false, held: [] });
    expect(tokensHeld(plan, held, at(TODAY + 3))).toBe(0);
  });

  test('batches merge by slot, earliest first', () => {
    const held = addGrants(
      [{ slot: TODAY + 1, count: 1 }],
      [
        { slot: TODAY, count: 1 },
        { slot: TODAY + 1, count: 1 },
      ],
    );
    expect(held).toEqual([
      { slot: TODAY, count: 1 },
      { slot: TODAY + 1, count: 2 },
    ]);
    expect(tokensHeld(plan, held, at(TODAY))).toBe(3);
  });
});
