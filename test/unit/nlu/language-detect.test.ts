import { detectLanguage } from '../../../src/nlu/language-detect';

describe('detectLanguage', () => {
  it('reads Chinese from the script', () => {
    expect(detectLanguage('我的订单在哪里').lang).toBe('zh');
    expect(detectLanguage('我的订单在哪里').by).toBe('script');
  });

  it('reads English text as English', () => {
    expect(detectLanguage('where is my order, it has been a week').lang).toBe('en');
  });

  it('picks the dominant script in mixed messages', () => {
    expect(detectLanguage('我要退货 refund').lang).toBe('zh');
    expect(detectLanguage('where is order 10234 好的').lang).toBe('en');
  });

  it('falls back to the hint when the text has no letters', () => {
    expect(detectLanguage('10234', { hint: 'zh' })).toMatchObject({ lang: 'zh', by: 'hint' });
    expect(detectLanguage('👍')).toMatchObject({ lang: 'en', by: 'default' });
  });

  it('lets a hint decide very short Latin messages', () => {
    expect(detectLanguage('ok', { hint: 'zh' }).lang).toBe('zh');
    expect(detectLanguage('ok').lang).toBe('en');
    expect(detectLanguage('thanks!', { hint: 'zh' }).lang).toBe('zh');
    expect(detectLanguage('XL', { hint: 'zh' }).lang).toBe('zh');
  });

  it('keeps a short English question English in a Chinese conversation', () => {
    expect(detectLanguage('how do I pay?', { hint: 'zh' }).lang).toBe('en');
    expect(detectLanguage('where is it?', { hint: 'zh' }).lang).toBe('en');
  });

  it('keeps a full English sentence English in a Chinese conversation', () => {
    // node-nlp's trigram guess calls this Norwegian; the hint must not turn it Chinese.
    expect(detectLanguage('I want to return something from order 10235', { hint: 'zh' }).lang).toBe('en');
  });

  it('lets the conversation decide for an email, a link or a code on its own', () => {
    expect(detectLanguage('chen.xiaoyu@example.com', { hint: 'zh' }).lang).toBe('zh');
    expect(detectLanguage('https://shop.example.com/orders/A12345', { hint: 'zh' }).lang).toBe('zh');
    expect(detectLanguage('A12345', { hint: 'zh' }).lang).toBe('zh');
    expect(detectLanguage('please use my other email chen.xiaoyu@example.com', { hint: 'zh' }).lang).toBe('en');
  });
});
