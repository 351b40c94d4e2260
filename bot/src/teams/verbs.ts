/**
 * Every card action verb Tandem handles, in one place. Cards name these verbs; the card
 * checker in the test suite refuses any verb that is not listed here.
 */
export const Verbs = {
  showHelp: 'help.show',
  newProgramme: 'programme.new',
  createProgramme: 'programme.create',
  showProgramme: 'programme.show',
  editProgramme: 'programme.edit',
  updateProgramme: 'programme.update',
  moveProgramme: 'programme.move',
  showTopics: 'programme.topics',
  addTopic: 'programme.topics.add',
  renameTopic: 'programme.topics.rename',
  retireTopic: 'programme.topics.retire',
  showMaterials: 'programme.materials',
  addMaterial: 'programme.materials.add',
  removeMaterial: 'programme.materials.remove',
  showAdmins: 'programme.admins',
  addAdmin: 'programme.admins.add',
  removeAdmin: 'programme.admins.remove',
  startOnboarding: 'onboarding.start',
  submitOnboarding: 'onboarding.submit',
  showProfile: 'profile.show',
  showProposal: 'matching.page',
  rerunMatching: 'matching.rerun',
  lockPair: 'matching.lock',
  unlockPair: 'matching.unlock',
  excludePair: 'matching.exclude',
  publishProposal: 'matching.publish',
  confirmPair: 'pair.confirm',
  showPairs: 'pairs.show',
  scheduleMeeting: 'meeting.schedule',
  cancelMeeting: 'meeting.cancel',
  rescheduleMeeting: 'meeting.reschedule',
  checkInMeeting: 'meeting.checkin',
  votePoll: 'poll.vote',
  addPollOption: 'poll.option.add',
  decidePoll: 'poll.decide',
  refreshPoll: 'poll.refresh',
  changeMeetingTopic: 'meeting.topic',
  saveMeetingTopic: 'meeting.topic.save',
  openScheduleForm: 'meeting.form',
  setJoinLink: 'meeting.joinlink',
  viewReminder: 'meeting.reminder',
  submitFeedback: 'feedback.submit',
  endPair: 'pairs.end',
  declinePair: 'pair.decline',
  askDeleteMyData: 'privacy.delete.ask',
  confirmDeleteMyData: 'privacy.delete.confirm',
  cancelDeleteMyData: 'privacy.delete.cancel',
  previewNews: 'news.preview',
  editNews: 'news.edit',
  sendNews: 'news.send',
  scheduleNews: 'news.schedule',
  cancelNews: 'news.cancel',
  showNewsReport: 'news.report',
  exportNews: 'news.export',
  setNewsChannel: 'news.channel',
} as const;

export type Verb = (typeof Verbs)[keyof typeof Verbs];

/** True when a string is one of Tandem's verbs. */
export function isKnownVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (Object.values(Verbs) as string[]).includes(value);
}
