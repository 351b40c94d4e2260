/** Meetings: scheduling, local times, the meeting plan, reminders and the momentum guard. */
export * from './meeting';
export * from './meeting-form';
export * from './schedule-meeting';
export * from './meeting-changes';
export * from './local-time';
export * from './meeting-plan';
export * from './reminders';
export * from './due-index';
export * from './momentum';
export * from './meeting-link';
export * from './momentum-record';
export * from './ics';
