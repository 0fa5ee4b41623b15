import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '@/lib/messaging/content-schema';

describe('content message schema', () => {
  it('accepts the messages a content script answers', () => {
    expect(parseContentMessage({ type: 'content/status', payload: {} })).toEqual({ type: 'content/status', payload: {} });
    expect(parseContentMessage({ type: 'mention/focus', payload: { direction: 'next' } })?.type).toBe('mention/focus');
    expect(parseContentMessage({ type: 'selection/annotate', payload: { action: 'claim' } })?.payload).toEqual({ action: 'claim' });
  });

  it('refuses unknown types, extra fields and oversized keys', () => {
    expect(parseContentMessage({ type: 'annotation/save', payload: {} })).toBeNull();
    expect(parseContentMessage({ type: 'page/scan', payload: { root: 'body' } })).toBeNull();
    expect(parseContentMessage({ type: 'selection/annotate', payload: { action: 'delete' } })).toBeNull();
    expect(parseContentMessage({ type: 'mention/focus', payload: { entityKey: 'x'.repeat(601) } })).toBeNull();
    expect(parseContentMessage('page/scan')).toBeNull();
  });
});
