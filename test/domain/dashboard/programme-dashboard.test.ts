import { programmeDashboard } from '../../../bot/src/domain/dashboard/programme-dashboard';
import { OTHER_GROUP } from '../../../bot/src/domain/dashboard/small-groups';
import { countDeliveries } from '../../../bot/src/domain/broadcasts/recipient-status';
import { facts, NOW } from './dashboard-fixture';

describe("HR's programme dashboard, from a programme with known counts", () => {
  const dashboard = programmeDashboard(facts, NOW, 3, 'en');

  test('the funnel counts people up to matching and pairs from the confirmation on', () => {
    expect(Object.fromEntries(dashboard.overview.funnel.map((s) => [s.stage, `${s.count} ${s.unit}`]))).toEqual({
      enrolled: '10 people',
      onboarded: '8 people',
      'consent-refused': '1 people',
      matched: '8 people',
      'mentee-confirmed': '3 pairs',
      'chat-bound': '2 pairs',
      'first-meeting-held': '2 pairs',
      'target-reached': '1 pairs',
    });
    expect(dashboard.overview.roles).toEqual({ mentor: 4, mentee: 4 });
  });

  test('departments under the group size, and people without one, are merged into "other"', () => {
    expect(dashboard.overview.departments).toEqual([
      { group: 'IT', count: 3 },
      { group: 'Sales', count: 3 },
      { group: OTHER_GROUP, count: 2 },
    ]);
  });

  test('pairs on track, quiet, behind and at risk use the flags of the pairs table', () => {
    expect(dashboard.overview.health).toEqual({ 'at-risk': 0, quiet: 1, behind: 0, 'on-track': 2 });
  });

  test('meetings per week run against the line that reaches every target by the end date', () => {
    const weeks = dashboard.overview.cadence;
    expect(weeks[0]).toMatchObject({ weekStart: '2027-02-01', held: 0, planned: 0, heldSoFar: 0 });
    expect(weeks.reduce((sum, w) => sum + w.held, 0)).toBe(7);
    expect(weeks.find((w) => w.weekStart === '2027-04-05')).toMatchObject({ planned: 1, heldSoFar: 7 });
    // Three started pairs × 6 meetings: the line ends at 18 on the last day.
    expect(weeks[weeks.length - 1]!.targetLine).toBe(18);
    expect(weeks[0]!.targetLine).toBeCloseTo((18 * 7) / 182, 1);
  });

  test('topics: supply against demand, chosen in polls and covered in held meetings', () => {
    const ai = dashboard.topics.topics.find((t) => t.key === 'artificial-intelligence');
    const bigData = dashboard.topics.topics.find((t) => t.key === 'big-data');
    expect(ai).toEqual({
      key: 'artificial-intelligence',
      name: 'Artificial intelligence',
      wanted: 2,
      offered: 1,
      chosen: 1,
      covered: 1,
    });
    expect(bigData).toEqual({ key: 'big-data', name: 'Big data', wanted: 1, offered: 0, chosen: 0, covered: 1 });
    expect(dashboard.topics.customChosen).toBe(1);
    expect(programmeDashboard(facts, NOW, 3, 'de').topics.topics[2]!.name).toBe('Künstliche Intelligenz');
  });

  test('ratings are shown over at least three authors and withheld below', () => {
    expect(dashboard.feedback.overall).toEqual({
      shown: true,
      group: 3,
      value: { distribution: [0, 0, 1, 1, 3], average: 4.4, responses: 5 },
    });
    const [first, second] = dashboard.feedback.perMeetingNumber;
    expect(first).toEqual({
      meetingNumber: 1,
      ratings: { shown: true, group: 3, value: { distribution: [0, 0, 1, 1, 1], average: 4, responses: 3 } },
    });
    expect(second).toEqual({ meetingNumber: 2, ratings: { shown: false, reason: 'too-few', group: 2 } });
    expect(JSON.stringify(second)).not.toContain('"rating"');
  });

  test('the share of held meetings with feedback needs enough pairs; learnings shared are counted', () => {
    expect(dashboard.feedback.heldWithFeedback).toEqual({ shown: false, reason: 'too-few', group: 2 });
    expect(programmeDashboard(facts, NOW, 2, 'en').feedback.heldWithFeedback).toEqual({
      shown: true,
      group: 2,
      value: { share: 3 / 7, held: 7 },
    });
    expect(dashboard.feedback.learningsShared).toBe(2);
  });

  test('good practices are counted pending, approved and published; rejected and withdrawn ones are left out', () => {
    expect(dashboard.feedback.goodPractices).toEqual({ pending: 2, approved: 1, published: 3 });
    expect(programmeDashboard({ ...facts, goodPracticeStatuses: [] }, NOW, 3, 'en').feedback.goodPractices).toEqual({
      pending: 0,
      approved: 0,
      published: 0,
    });
  });

  test('news lists the latest broadcasts first, at most five', () => {
    const counts = countDeliveries(['sent', 'sent', 'not-reachable', 'failed']);
    const broadcasts = Array.from({ length: 12 }, (_, index) => ({
      id: `b${index}`,
      titles: { en: `News ${index}` },
      sentAt: `2027-03-${String(index + 1).padStart(2, '0')}T08:00:00.000Z`,
      counts,
    }));
    const news = programmeDashboard({ ...facts, broadcasts }, NOW, 3, 'en').news;
    expect(news.map((b) => b.id)).toEqual(['b11', 'b10', 'b9', 'b8', 'b7']);
    expect(news[0]!.counts).toMatchObject({ sent: 2, 'not-reachable': 1, failed: 1 });
  });
});
