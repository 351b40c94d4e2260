import { randomUUID } from 'node:crypto';
import { stableUuid } from '../../bot/src/stable-id';
import pino from 'pino';
import type { Meeting } from '../../bot/src/domain/meetings';
import type { DueEntry } from '../../bot/src/domain/meetings/reminders';
import { pairIdOf } from '../../bot/src/domain/pairing/pair';
import { ReminderScheduler } from '../../bot/src/jobs/reminder-scheduler';
import type { MeetingNotifier } from '../../bot/src/services/meetings/meeting-ports';
import { MeetingService } from '../../bot/src/services/meetings/meeting-service';
import { newProgramme, parseProgrammeSettings } from '../../bot/src/domain/programme/programme-settings';
import { DueIndexTableRepository, MeetingTableRepository } from '../../bot/src/storage/meeting.table-repositories';
import { PairTableRepository } from '../../bot/src/storage/pairing.table-repositories';
import { ProgrammeTableRepository } from '../../bot/src/storage/programme.table-repository';
import { testTableStore } from '../harness/test-storage';
import { TestClock } from '../harness/test-server';

const TENANT = 'tenant-1';
const HOUR = 3_600_000;

/** Records what was "sent", like the Teams notifier would post it. */
class RecordingNotifier implements MeetingNotifier {
  readonly sent: Array<{ entry: DueEntry; meeting: Meeting }> = [];
  async notify(entry: DueEntry, meeting: Meeting): Promise<'sent'> {
    this.sent.push({ entry, meeting });
    return 'sent';
  }
}

describe('reminder scheduler on Azurite: due index, exactly-once claims, moved and cancelled meetings', () => {
  const store = testTableStore();
  const clock = new TestClock(new Date('2027-03-01T08:00:00Z'));
  const programmes = new ProgrammeTableRepository(store);
  const pairs = new PairTableRepository(store);
  const meetings = new MeetingTableRepository(store);
  const index = new DueIndexTableRepository(store);
  const service = new MeetingService(programmes, pairs, meetings, index, clock, stableUuid);
  const programmeId = randomUUID();
  const pairId = pairIdOf('anna', 'bernd');
  const bernd = { tenantId: TENANT, aadObjectId: 'bernd', displayName: 'Bernd', locale: 'de-DE' };
  const scheduler = (notifier: MeetingNotifier, id: string) =>
    new ReminderScheduler(index, service, notifier, clock, pino({ level: 'silent' }), id);

  beforeAll(async () => {
    const settings = parseProgrammeSettings({
      name: 'RM',
      startDate: '2027-02-01',
      endDate: '2027-08-01',
      meetingsTarget: '6',
      languages: 'de',
    });
    if (!settings.ok) throw new Error('settings');
    await programmes.create({
      ...newProgramme(settings.value, { id: programmeId, tenantId: TENANT, createdBy: 'hr', now: clock.now() }),
      status: 'running',
    });
    await pairs.create({
      programmeId,
      tenantId: TENANT,
      mentorId: 'anna',
      menteeId: 'bernd',
      score: 0.8,
      reasons: [],
      status: 'confirmed',
      createdAt: clock.now().toISOString(),
    });
  });

  test('only members of the pair can schedule; invalid input is refused', async () => {
    const outsider = await service.schedule({ ...bernd, aadObjectId: 'mallory' }, programmeId, pairId, {
      date: '2027-03-03',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    expect(outsider).toEqual({ ok: false, reason: 'not-your-pair' });
    const past = await service.schedule(bernd, programmeId, pairId, {
      date: '2027-02-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    expect(past.ok).toBe(false);
  });

  test("the automatic poll, reminders 24 h and 1 h before, the poll's close, then the check-in, each sent once even with two instances ticking together", async () => {
    const scheduled = await service.schedule(bernd, programmeId, pairId, {
      date: '2027-03-03',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    if (!scheduled.ok) throw new Error(String(scheduled.reason));
    expect(scheduled.value.startsAt).toBe('2027-03-03T09:00:00.000Z');
    const first = new RecordingNotifier();
    const second = new RecordingNotifier();
    const both = async () => Promise.all([scheduler(first, 'a').tick(), scheduler(second, 'b').tick()]);
    // Either instance may win a claim, so the two logs are merged in due-time order.
    const kinds = () =>
      [...first.sent, ...second.sent]
        .sort((a, b) => a.entry.dueAt.localeCompare(b.entry.dueAt))
        .map((s) => (s.entry.kind === 'reminder' ? `r${s.entry.leadMinutes}` : s.entry.kind));

    await both(); // the meeting is closer than three days: its poll opens at once
    expect(kinds()).toEqual(['poll-open']);
    clock.set(new Date('2027-03-02T09:00:30Z')); // 24 h before
    await both();
    await both();
    expect(kinds()).toEqual(['poll-open', 'r1440']);
    clock.set(new Date('2027-03-03T08:00:10Z')); // 1 h before; the poll closed 2 h before
    await both();
    expect(kinds()).toEqual(['poll-open', 'r1440', 'poll-close', 'r60']);
    clock.set(new Date('2027-03-03T10:16:00Z')); // 15 min after the end
    await both();
    expect(kinds()).toEqual(['poll-open', 'r1440', 'poll-close', 'r60', 'check-in']);
  });

  test('a tick reads only what is due: 200 future meetings stored, nothing read before they fall due', async () => {
    for (let i = 0; i < 200; i++) {
      await index.add([
        {
          kind: 'reminder',
          programmeId,
          pairId: `p${i}`,
          meetingId: `m${i}`,
          leadMinutes: 60,
          dueAt: new Date(Date.parse('2027-05-01T00:00:00Z') + i * HOUR).toISOString(),
          startsAt: '2027-06-01T00:00:00.000Z',
          revision: 0,
        },
      ]);
    }
    clock.set(new Date('2027-03-03T11:00:00Z'));
    const report = await scheduler(new RecordingNotifier(), 'a').tick();
    expect(report.read).toBe(0);
  });

  test('a cancelled meeting sends nothing; a reminder whose meeting already started is skipped as late', async () => {
    clock.set(new Date('2027-03-10T08:00:00Z'));
    const cancelledOne = await service.schedule(bernd, programmeId, pairId, {
      date: '2027-03-12',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    if (!cancelledOne.ok) throw new Error(String(cancelledOne.reason));
    expect((await service.cancel(bernd, programmeId, pairId, cancelledOne.value.id, 'Vorstandssitzung')).ok).toBe(true);
    const notifier = new RecordingNotifier();
    clock.set(new Date('2027-03-11T09:00:30Z'));
    const report = await scheduler(notifier, 'a').tick();
    expect(notifier.sent).toEqual([]);
    // Cancelling removed its 24 h reminder and the poll's opening from the index: nothing is even read as void.
    expect(report.read).toBe(0);
    expect(report.void).toBe(0);

    const lateOne = await service.schedule(bernd, programmeId, pairId, {
      date: '2027-03-20',
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    if (!lateOne.ok) throw new Error(String(lateOne.reason));
    // The scheduler was down from before the 1 h reminder until after the start (catch-up).
    clock.set(new Date('2027-03-19T09:00:30Z'));
    await scheduler(notifier, 'a').tick();
    clock.set(new Date('2027-03-20T09:30:00Z'));
    const caughtUp = await scheduler(notifier, 'a').tick();
    expect(caughtUp.late).toBe(1);
    expect(notifier.sent.filter((s) => s.entry.kind === 'reminder').map((s) => s.entry.leadMinutes)).toEqual([1440]);
  });
});
