import { escapeMrkdwn, headerBlocks } from '../../../adapters/slack/blocks';
import type { HandoffSummary } from '../../../src/handoff';

describe('Slack header blocks', () => {
  const summary: HandoffSummary = {
    handoffId: 'H-TEST0001',
    status: 'pending',
    customer: { verified: false },
    channel: 'telegram',
    lang: 'zh',
    reason: 'complaint',
    recentIntents: [],
    transcript: Array.from({ length: 12 }, (_, i) => ({
      direction: 'in' as const,
      from: 'shopper' as const,
      text: `${i} ${'x'.repeat(1000)}`,
      at: '2026-01-15T10:00:00.000Z',
    })),
  };

  it('escapes Slack control characters', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('stays inside Slack section limits, keeping the newest lines', () => {
    const blocks = headerBlocks(summary);
    const transcript = blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('*Recent messages*'));
    const text = transcript?.type === 'section' ? (transcript.text?.text ?? '') : '';
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toContain('*Shopper:* 11 x');
    expect(text).not.toContain('*Shopper:* 0 x');
    expect(JSON.stringify(blocks)).toContain('Anonymous visitor');
  });

  it('drops the buttons once the handoff is closed', () => {
    expect(headerBlocks({ ...summary, status: 'timed_out' }).some((b) => b.type === 'actions')).toBe(false);
  });
});
