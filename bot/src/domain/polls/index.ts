/** Topic polls: options, votes, the decision and when the automatic poll opens and closes. */
export * from './poll';
export * from './poll-options';
export * from './poll-votes';
export * from './poll-decision';
export * from './poll-timing';
export * from './poll-settings';
