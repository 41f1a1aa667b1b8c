/**
 * The demo shop's customers: invented people with example.com addresses and phone numbers from the
 * ranges set aside for drama and testing. `likes` steers what they browse and buy, so recommenders
 * and propensity models have real preferences to find.
 */
import type { ChannelId, Lang } from '../../core/message';
import { ABROAD_CUSTOMERS } from './customers-abroad';
import { UK_CUSTOMERS } from './customers-uk';

export interface CustomerDef {
  id: string;
  name: string;
  email: string;
  phone: string;
  lang: Lang;
  timezone: string;
  /** Favourite categories, most liked first. */
  likes: string[];
  /** Where this shopper usually talks to us. */
  channel: Exclude<ChannelId, 'slack' | 'test'>;
  /** Channels with marketing consent given. */
  optedIn: ChannelId[];
  /** How often they visit: shapes event and order volume. */
  activity: 'high' | 'medium' | 'low';
  city: string;
  postcode: string;
  line1: string;
  country: string;
}

export const DEMO_CUSTOMERS: CustomerDef[] = [...UK_CUSTOMERS, ...ABROAD_CUSTOMERS].sort((a, b) =>
  a.id.localeCompare(b.id),
);
