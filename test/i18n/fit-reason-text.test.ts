import { translator } from '../../bot/src/i18n';
import { fitReasonText } from '../../bot/src/i18n/fit-reason-text';
import type { FitReason } from '../../bot/src/domain/matching';
import { DEFAULT_TOPICS } from '../../bot/src/domain/programme/topic-catalogue';

const say = (reason: FitReason) => ({
  en: fitReasonText(translator('en'), 'en', DEFAULT_TOPICS, reason),
  de: fitReasonText(translator('de'), 'de', DEFAULT_TOPICS, reason),
});

describe('match reasons read like a person wrote them', () => {
  it.each<[FitReason, string, string]>([
    [{ code: 'close-time-zones', minutesApart: 0 }, 'Same time zone', 'Gleiche Zeitzone'],
    [
      { code: 'close-time-zones', minutesApart: 30 },
      'Time zones half an hour apart',
      'Zeitzonen eine halbe Stunde auseinander',
    ],
    [{ code: 'close-time-zones', minutesApart: 60 }, 'Time zones 1 hour apart', 'Zeitzonen 1 Stunde auseinander'],
    [{ code: 'close-time-zones', minutesApart: 180 }, 'Time zones 3 hours apart', 'Zeitzonen 3 Stunden auseinander'],
    [
      { code: 'close-time-zones', minutesApart: 330 },
      'Time zones 5.5 hours apart',
      'Zeitzonen 5,5 Stunden auseinander',
    ],
    [
      { code: 'shared-availability', slots: ['tue-am'] },
      'Both free Tuesday mornings',
      'Beide dienstags vormittags frei',
    ],
    [
      { code: 'shared-availability', slots: ['tue-am', 'thu-pm', 'fri-am'] },
      'Both free Tuesday mornings, Thursday afternoons and Friday mornings',
      'Beide dienstags vormittags, donnerstags nachmittags und freitags vormittags frei',
    ],
    [
      { code: 'shared-topics', topics: ['big-data', 'error-culture'] },
      'Shared topics: Big data and Error culture',
      'Gemeinsame Themen: Big Data und Fehlerkultur',
    ],
    [
      { code: 'shared-languages', languages: ['de', 'en'] },
      'Both speak German and English',
      'Beide sprechen Deutsch und Englisch',
    ],
    [
      { code: 'format-compatible', format: 'in-person' },
      'Both like to meet in person',
      'Beide treffen sich gern vor Ort',
    ],
    [
      { code: 'different-departments', mentorDepartment: 'IT', menteeDepartment: 'Finance' },
      'From different departments: IT and Finance',
      'Aus verschiedenen Abteilungen: IT und Finance',
    ],
  ])('%j', (reason, en, de) => {
    expect(say(reason)).toEqual({ en, de });
  });
});
