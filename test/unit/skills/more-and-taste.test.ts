import { asksForMore } from '../../../src/skills/products/more';
import { tellsTaste } from '../../../src/skills/products/recommend';
import type { SkillTurn } from '../../../src/skills/types';

function turn(text: string, state: Partial<SkillTurn['state']>, entities: SkillTurn['entities'] = []): SkillTurn {
  return {
    text,
    entities,
    entity: (type: string) => entities.find((e) => e.type === type),
    state: { turn: 2, misunderstandings: 0, frustration: 0, ...state },
  } as unknown as SkillTurn;
}

describe('asking for more cards', () => {
  const underCards = { lastShown: ['a', 'b'] };

  it.each([
    'anything else?',
    'any others',
    'show me more',
    'more please',
    'what else have you got?',
    '还有别的吗',
    '换一批',
    '还有吗',
  ])('reads %p under cards as more of the same', (text) => {
    expect(asksForMore(turn(text, underCards))).toBe(true);
  });

  it.each(['anything else I should know about delivery?', 'show me more dresses in red', '还有别的颜色吗'])(
    'leaves %p, which asks something of its own, alone',
    (text) => {
      expect(asksForMore(turn(text, underCards))).toBe(false);
    },
  );

  it('needs cards on screen', () => {
    expect(asksForMore(turn('anything else?', {}))).toBe(false);
  });
});

describe('what the person a gift is for enjoys', () => {
  const afterPicks = { lastIntent: 'product.recommend', lastAbout: 'gift husband' };

  it.each([
    'he likes cooking',
    "she's into yoga",
    'my dad loves gardening',
    'loves hiking',
    '他喜欢运动',
    '她平时喜欢看书',
  ])('reads %p right after picks as a taste', (text) => {
    expect(tellsTaste(turn(text, afterPicks))).toBe(true);
  });

  it('is no taste without picks for a wish just before, or when a kind of thing is named', () => {
    expect(tellsTaste(turn('he likes cooking', { lastIntent: 'order.track' }))).toBe(false);
    expect(tellsTaste(turn('love it!', afterPicks))).toBe(false);
    expect(tellsTaste(turn('she likes the second one', afterPicks))).toBe(false);
    const scarf = { type: 'category' as const, value: 'scarves', text: 'scarves', start: 12, end: 19 };
    expect(tellsTaste(turn('she likes scarves', afterPicks, [scarf]))).toBe(false);
  });
});
