export * from './audience';
export * from './broadcast';
export * from './delivery-shards';
export * from './news-content';
export * from './recipient-status';
