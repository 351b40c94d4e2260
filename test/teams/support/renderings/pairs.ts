import type { Translate } from '../../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../../bot/src/teams/cards/card-template';
import { proposalCard } from '../../../../bot/src/teams/matching/proposal.card';
import { introductionCard, pairConfirmationCard } from '../../../../bot/src/teams/matching/pairing.cards';
import { pairsCard } from '../../../../bot/src/teams/matching/pairs-list.card';
import { pairEndedCard } from '../../../../bot/src/teams/pair-endings/pair-ended.card';
import { newPartnerCard } from '../../../../bot/src/teams/pair-endings/new-partner.card';
import {
  sampleProgramme,
  mentorProfile,
  menteeProfile,
  samplePair,
  formerPair,
  sampleProposal,
  people,
  languageOfT,
} from '../card-samples';

/** Matching, pairs and ended pairs: each template rendered the ways it can be sent. */
export const PAIRS_RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  'matching/proposal.card.json': [
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(3, false), people },
        1,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(30, false), people },
        2,
        'Notice',
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(30, true), people },
        4,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(0, false), people },
        1,
      ),
    (t) =>
      proposalCard(
        t,
        languageOfT(t),
        { programme: sampleProgramme('matching', false), proposal: sampleProposal(3, false), people },
        1,
        '',
        'https://tandem.example/api/proposal.csv?token=x',
      ),
  ],
  'matching/pairs-list.card.json': [
    (t) =>
      pairsCard(
        t,
        {
          programme: sampleProgramme('running', false),
          pairs: [
            samplePair,
            {
              ...samplePair,
              menteeId: 'z',
              momentum: {
                lastNudged: {},
                atRisk: { reason: 'repeated-changes', personId: 'z', since: '2027-04-01T08:00:00.000Z' },
              },
            },
            { ...samplePair, mentorId: 'x', status: 'awaiting-confirmation' },
            { ...samplePair, mentorId: 'y', status: 'ended', endReason: 'r' },
          ],
          people: new Map([['m', mentorProfile]]),
        },
        'Notice',
      ),
    (t) => pairsCard(t, { programme: sampleProgramme('matching', false), pairs: [], people: new Map() }, ''),
    (t) =>
      pairsCard(
        t,
        {
          programme: sampleProgramme('running', false),
          pairs: [formerPair, { ...samplePair, mentorId: 'm', menteeId: 'a', status: 'ended', endCode: 'ended-by-hr' }],
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
        },
        '',
      ),
  ],
  'pair-endings/pair-ended.card.json': [
    (t) =>
      pairEndedCard(t, {
        programme: sampleProgramme('running', false),
        pair: formerPair,
        people: new Map([['m', mentorProfile]]),
      }),
    (t) =>
      pairEndedCard(t, {
        programme: sampleProgramme('running', false),
        pair: { mentorId: samplePair.mentorId, menteeId: samplePair.menteeId, endCode: 'ended-by-hr' },
        people: new Map([
          ['m', mentorProfile],
          ['a', menteeProfile],
        ]),
      }),
  ],
  'pair-endings/new-partner.card.json': [
    (t) =>
      newPartnerCard(
        t,
        languageOfT(t),
        {
          programme: sampleProgramme('running', false),
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
          proposal: { mentor: 'm', mentee: 'a', score: 0.71, reasons: samplePair.reasons },
        },
        'm',
      ),
    (t) =>
      newPartnerCard(
        t,
        languageOfT(t),
        {
          programme: sampleProgramme('running', false),
          people: new Map([
            ['m', mentorProfile],
            ['a', menteeProfile],
          ]),
          proposal: { mentor: 'm', mentee: 'a', score: 0.4, reasons: [] },
        },
        'a',
      ),
  ],
  'matching/pair-confirmation.card.json': [
    (t) => pairConfirmationCard(t, languageOfT(t), sampleProgramme('matching', false), samplePair, mentorProfile),
  ],
  'matching/introduction.card.json': [
    (t) =>
      introductionCard(t, languageOfT(t), {
        programme: sampleProgramme('matching', false),
        pair: samplePair,
        reader: menteeProfile,
        partner: mentorProfile,
        botAppId: 'bot-id',
      }),
    (t) =>
      introductionCard(t, languageOfT(t), {
        programme: sampleProgramme('matching', false),
        pair: samplePair,
        reader: { ...menteeProfile, userPrincipalName: undefined },
        partner: mentorProfile,
        botAppId: '',
      }),
  ],
};
