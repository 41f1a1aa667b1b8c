/**
 * The demo shop's customers: invented people with example.com addresses and phone numbers from the
 * ranges set aside for drama and testing. `likes` steers what they browse and buy, so recommenders
 * and propensity models have real preferences to find.
 */
import type { ChannelId, Lang } from '../../core/message';

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

const UK = { timezone: 'Europe/London', country: 'GB' };

export const DEMO_CUSTOMERS: CustomerDef[] = [
  { id: 'cust-001', name: 'Amelia Hart', email: 'amelia.hart@example.com', phone: '+44 7700 900101', lang: 'en', ...UK, likes: ['dresses', 'shoes'], channel: 'webchat', optedIn: ['webchat'], activity: 'high', line1: '12 Orchard Row', city: 'Bristol', postcode: 'BS1 4DJ' },
  { id: 'cust-002', name: 'Oliver Bennett', email: 'oliver.bennett@example.com', phone: '+44 7700 900102', lang: 'en', ...UK, likes: ['jackets', 'jeans'], channel: 'telegram', optedIn: ['telegram'], activity: 'medium', line1: '4 Canal Street', city: 'Manchester', postcode: 'M1 3HE' },
  { id: 'cust-003', name: 'Li Na', email: 'li.na@example.com', phone: '+86 139 0000 0103', lang: 'zh', timezone: 'Asia/Shanghai', country: 'CN', likes: ['bags', 'accessories'], channel: 'webchat', optedIn: ['webchat', 'telegram'], activity: 'high', line1: '88 Huaihai Middle Road', city: 'Shanghai', postcode: '200021' },
  { id: 'cust-004', name: 'Priya Shah', email: 'priya.shah@example.com', phone: '+44 7700 900104', lang: 'en', ...UK, likes: ['tops', 'home'], channel: 'botframework', optedIn: [], activity: 'medium', line1: '27 Elm Grove', city: 'Leicester', postcode: 'LE2 1AB' },
  { id: 'cust-005', name: 'Wang Jun', email: 'wang.jun@example.com', phone: '+86 139 0000 0105', lang: 'zh', timezone: 'Asia/Shanghai', country: 'CN', likes: ['shoes', 'jackets'], channel: 'telegram', optedIn: ['telegram'], activity: 'high', line1: '15 Jianguo Road', city: 'Beijing', postcode: '100022' },
  { id: 'cust-006', name: 'Grace Okafor', email: 'grace.okafor@example.com', phone: '+44 7700 900106', lang: 'en', ...UK, likes: ['dresses', 'bags'], channel: 'webchat', optedIn: ['webchat'], activity: 'medium', line1: '3 Linden Close', city: 'London', postcode: 'SE15 4QT' },
  { id: 'cust-007', name: 'Thomas Reid', email: 'thomas.reid@example.com', phone: '+44 7700 900107', lang: 'en', ...UK, likes: ['shoes', 'accessories'], channel: 'webchat', optedIn: [], activity: 'low', line1: '90 High Street', city: 'Edinburgh', postcode: 'EH1 1SR' },
  { id: 'cust-008', name: 'Chen Xiaoyu', email: 'chen.xiaoyu@example.com', phone: '+44 7700 900108', lang: 'zh', ...UK, likes: ['dresses', 'tops'], channel: 'webchat', optedIn: ['webchat'], activity: 'high', line1: '6 Regent Court', city: 'London', postcode: 'W1B 5TH' },
  { id: 'cust-009', name: 'Isla Murray', email: 'isla.murray@example.com', phone: '+44 7700 900109', lang: 'en', ...UK, likes: ['home', 'accessories'], channel: 'telegram', optedIn: ['telegram'], activity: 'medium', line1: '18 Harbour View', city: 'Aberdeen', postcode: 'AB11 5BN' },
  { id: 'cust-010', name: 'Samuel Adeyemi', email: 'samuel.adeyemi@example.com', phone: '+44 7700 900110', lang: 'en', ...UK, likes: ['jeans', 'tops'], channel: 'botframework', optedIn: ['botframework'], activity: 'low', line1: '51 Mill Lane', city: 'Leeds', postcode: 'LS2 7EW' },
  { id: 'cust-011', name: 'Zhou Mei', email: 'zhou.mei@example.com', phone: '+852 5550 0111', lang: 'zh', timezone: 'Asia/Hong_Kong', country: 'HK', likes: ['accessories', 'dresses'], channel: 'telegram', optedIn: ['telegram'], activity: 'medium', line1: '9 Queen’s Road Central', city: 'Hong Kong', postcode: '999077' },
  { id: 'cust-012', name: 'Hannah Lewis', email: 'hannah.lewis@example.com', phone: '+44 7700 900112', lang: 'en', ...UK, likes: ['jackets', 'shoes'], channel: 'webchat', optedIn: [], activity: 'medium', line1: '2 Rose Terrace', city: 'Cardiff', postcode: 'CF10 1AA' },
  { id: 'cust-013', name: 'Daniel Cohen', email: 'daniel.cohen@example.com', phone: '+1 202 555 0113', lang: 'en', timezone: 'America/New_York', country: 'US', likes: ['bags', 'jackets'], channel: 'webchat', optedIn: ['webchat'], activity: 'low', line1: '240 Park Avenue South', city: 'New York', postcode: '10003' },
  { id: 'cust-014', name: 'Liu Yang', email: 'liu.yang@example.com', phone: '+86 139 0000 0114', lang: 'zh', timezone: 'Asia/Shanghai', country: 'CN', likes: ['home', 'tops'], channel: 'webchat', optedIn: [], activity: 'low', line1: '31 Tianmu West Road', city: 'Shanghai', postcode: '200070' },
  { id: 'cust-015', name: 'Sophie Turner-Wells', email: 'sophie.tw@example.com', phone: '+44 7700 900115', lang: 'en', ...UK, likes: ['dresses', 'accessories'], channel: 'webchat', optedIn: ['webchat'], activity: 'high', line1: '7 Cathedral Walk', city: 'York', postcode: 'YO1 7HH' },
  { id: 'cust-016', name: 'Mohammed Rahman', email: 'm.rahman@example.com', phone: '+44 7700 900116', lang: 'en', ...UK, likes: ['shoes', 'jeans'], channel: 'telegram', optedIn: [], activity: 'medium', line1: '40 Whitechapel Road', city: 'London', postcode: 'E1 1DU' },
  { id: 'cust-017', name: 'Huang Lei', email: 'huang.lei@example.com', phone: '+44 7700 900117', lang: 'zh', ...UK, likes: ['jackets', 'bags'], channel: 'telegram', optedIn: ['telegram'], activity: 'medium', line1: '22 Oxford Road', city: 'Manchester', postcode: 'M13 9PL' },
  { id: 'cust-018', name: 'Emily Clarke', email: 'emily.clarke@example.com', phone: '+44 7700 900118', lang: 'en', ...UK, likes: ['home', 'dresses'], channel: 'webchat', optedIn: ['webchat'], activity: 'medium', line1: '5 Bath Street', city: 'Bath', postcode: 'BA1 1SA' },
  { id: 'cust-019', name: 'Jack Fraser', email: 'jack.fraser@example.com', phone: '+44 7700 900119', lang: 'en', ...UK, likes: ['jeans', 'jackets'], channel: 'botframework', optedIn: [], activity: 'low', line1: '63 Byres Road', city: 'Glasgow', postcode: 'G12 8TT' },
  { id: 'cust-020', name: 'Sun Qing', email: 'sun.qing@example.com', phone: '+86 139 0000 0120', lang: 'zh', timezone: 'Asia/Shanghai', country: 'CN', likes: ['shoes', 'tops'], channel: 'webchat', optedIn: ['webchat'], activity: 'high', line1: '120 Zhongshan Road', city: 'Hangzhou', postcode: '310002' },
  { id: 'cust-021', name: 'Lucy Evans', email: 'lucy.evans@example.com', phone: '+44 7700 900121', lang: 'en', ...UK, likes: ['accessories', 'bags'], channel: 'webchat', optedIn: [], activity: 'low', line1: '14 Quay Street', city: 'Truro', postcode: 'TR1 2HE' },
  { id: 'cust-022', name: 'Marco Rossi', email: 'marco.rossi@example.com', phone: '+39 312 555 0122', lang: 'en', timezone: 'Europe/Rome', country: 'IT', likes: ['shoes', 'bags'], channel: 'telegram', optedIn: ['telegram'], activity: 'medium', line1: 'Via Tortona 31', city: 'Milan', postcode: '20144' },
  { id: 'cust-023', name: 'Xu Ting', email: 'xu.ting@example.com', phone: '+86 139 0000 0123', lang: 'zh', timezone: 'Asia/Shanghai', country: 'CN', likes: ['dresses', 'home'], channel: 'telegram', optedIn: [], activity: 'medium', line1: '66 Nanjing East Road', city: 'Shanghai', postcode: '200001' },
  { id: 'cust-024', name: 'Ruby Patel', email: 'ruby.patel@example.com', phone: '+44 7700 900124', lang: 'en', ...UK, likes: ['tops', 'jeans'], channel: 'webchat', optedIn: ['webchat'], activity: 'high', line1: '29 Market Place', city: 'Norwich', postcode: 'NR2 1ND' },
  { id: 'cust-025', name: 'George Whitaker', email: 'george.whitaker@example.com', phone: '+44 7700 900125', lang: 'en', ...UK, likes: ['home', 'jackets'], channel: 'botframework', optedIn: [], activity: 'low', line1: '1 Station Approach', city: 'Oxford', postcode: 'OX1 1HS' },
];
