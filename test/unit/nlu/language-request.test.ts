import { requestedLanguage } from '../../../src/nlu/language-request';

describe('requestedLanguage', () => {
  it.each([
    ['can you speak chinese?', 'zh'],
    ['Could you reply in Mandarin please', 'zh'],
    ['Chinese please', 'zh'],
    ['switch to English', 'en'],
    ['in English, please!', 'en'],
    ['do you speak english', 'en'],
    ['请用英文回答', 'en'],
    ['可以说英语吗', 'en'],
    ['能用中文回复吗', 'zh'],
    ['中文', 'zh'],
  ])('"%s" asks for replies in %s', (text, lang) => {
    expect(requestedLanguage(text)).toBe(lang);
  });

  it.each([
    'how do you say dress in chinese',
    'is the label in english?',
    'do you ship to China',
    'where is my order',
    '这件衣服的英文名字是什么',
  ])('"%s" asks for no language', (text) => {
    expect(requestedLanguage(text)).toBeUndefined();
  });
});
