export type * from './entities';
export { ORDER_STATUSES, RETURN_STATUSES } from './entities';
export type * from './repositories';
