export * from './audience';
export * from './broadcast';
export * from './news-content';
export * from './recipient-status';
export * from './token-bucket';
