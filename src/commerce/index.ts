/** The commerce domain: catalog, orders, returns, customers, shop policy and the demo shop. */

export { StoreCatalogService } from './catalog/catalog-service';
export { CATEGORY_FORMS, COLOUR_FORMS, categoryForms, colourForms, colourHex, colourName } from './catalog/lexicon';
export { EventPopularity, type PopularitySource } from './catalog/popularity';
export { buildVocabulary, compareSizes } from './catalog/vocabulary';
export { type Commerce, createCommerce } from './create-commerce';
export { StoreCustomerService } from './customers/customer-service';
export { addDays, daysBetween, formatDate, formatDateTime, formatShortDate } from './format';
export { escapeXml, productImageSvg } from './images/product-image';
export { DEFAULT_VERIFY_LIMITS, normaliseOrderId, StoreOrderService, type VerifyLimits } from './orders/order-service';
export { normaliseEmail, phoneDigits, sameEmail, samePhone } from './orders/ownership';
export { describeContactHours, isWithinContactHours, wallClock } from './policy/contact-hours';
export { loadShopPolicy, parseShopPolicy, shopPolicySchema } from './policy/load-policy';
export { activeReturns, isFinalSale, returnDeadline } from './returns/eligibility';
export { StoreReturnsService } from './returns/returns-service';
export { rmaIdFor } from './returns/rma-id';
export { buildDemoShop, DEFAULT_DEMO_SEED, type DemoShop } from './seed/build-demo-shop';
export { demoOrdersTable } from './seed/demo-orders-table';
export { type SeedCounts, seedDemoShop } from './seed/seed-demo-shop';
export * from './types';
