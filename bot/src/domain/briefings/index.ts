export * from './briefing';
export * from './briefing-form';
export * from './briefing-reminders';
export * from './rsvp';
