import type { Journey } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { PracticeList } from '../practices/practice-list';
import { Section } from './section';

/** Next to the materials: what worked in other tandems on the next meeting's topic (shown once a next topic is set). */
export function PracticesSection({ journey, t }: { journey: Journey; t: Translate }) {
  if (!journey.nextTopicKey) return null;
  return (
    <Section id="journey-practices" title={t('practices.forNext')}>
      <PracticeList practices={journey.practices} t={t} empty="practices.forNextEmpty" emptyId="journey-practices" />
    </Section>
  );
}
