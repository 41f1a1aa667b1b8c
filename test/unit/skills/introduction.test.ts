import { introducedName } from '../../../src/skills/smalltalk/introduction';

describe('introducedName', () => {
  it.each([
    ['hi, my name is Sarah', 'Sarah'],
    ["I'm Sarah", 'Sarah'],
    ['my name is sarah', 'Sarah'],
    ["hello I'm Priya!", 'Priya'],
    ['This is Tom Baker', 'Tom Baker'],
    ['我叫王芳', '王芳'],
    ['你好，我叫李娜', '李娜'],
  ])('reads "%s" as an introduction of %s', (text, name) => {
    expect(introducedName(text)).toBe(name);
  });

  it.each([
    "I'm looking for a dress",
    'I am Looking',
    'This is Ridiculous',
    'I want to change my name to Sarah',
    '我是新客户',
    'my name is wrong on the order',
  ])('leaves "%s" alone', (text) => {
    expect(introducedName(text)).toBeUndefined();
  });
});
