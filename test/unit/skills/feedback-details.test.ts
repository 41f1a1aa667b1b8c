import { onlyAnnouncesFeedback } from '../../../src/skills/feedback/details';

describe('feedback that only announces itself', () => {
  it('finds no content in a wish to complain or review, in either language', () => {
    for (const text of [
      'I would like to make a complaint',
      "I'd like to file a formal complaint please",
      'complaint',
      'how do I leave a review?',
      'I want to give you some feedback',
      'can I complain about your service',
      '我要投诉',
      '您好，我想提个意见',
      '怎么写评价',
    ]) {
      expect({ text, announces: onlyAnnouncesFeedback(text) }).toEqual({ text, announces: true });
    }
  });

  it('keeps anything that says what it is about', () => {
    for (const text of [
      'the courier was rude to me',
      'I want to complain about the late delivery',
      'your linen dress is lovely',
      'my parcel arrived damaged',
      '快递员态度很差',
      '我要投诉快递太慢',
      '衣服质量很好',
    ]) {
      expect({ text, announces: onlyAnnouncesFeedback(text) }).toEqual({ text, announces: false });
    }
  });
});
