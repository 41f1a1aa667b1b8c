/** Campaigns for tests: 15% off for a week, offered on web chat and Telegram. */
import type { CampaignCreate } from '../../src/predict';
import type { Campaign } from '../../src/store/entities';

/** A campaign as the admin API takes it: everyone opted in is in the audience, no holdout, no cap. */
export function campaignBody(overrides: Partial<CampaignCreate> = {}): CampaignCreate {
  return {
    id: 'spring',
    name: 'Spring',
    active: true,
    propensityMin: 0,
    propensityMax: 1,
    offer: { kind: 'discount', percentOff: 15, validDays: 7, codePrefix: 'SPRING' },
    template: {
      en: 'Hi! Here is {offer} with code {code} until {expiry}.',
      zh: '您好！优惠码 {code}：{offer}，有效期至 {expiry}。',
    },
    channels: ['webchat', 'telegram'],
    holdoutShare: 0,
    frequencyCapDays: 0,
    quietHours: { start: 22, end: 7 },
    ...overrides,
  };
}

/** The same campaign as stored, created and last changed at `at`. */
export function storedCampaign(id: string, at: string, overrides: Partial<CampaignCreate> = {}): Campaign {
  return { ...campaignBody(overrides), id, createdAt: at, updatedAt: at };
}
