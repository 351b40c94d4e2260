/** Where a conversation with Tandem happens in Teams. */
export type ConversationScope = 'personal' | 'groupChat' | 'channel';
