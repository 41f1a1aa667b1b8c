import type { Campaign, Offer } from '../../entities';
import type { CampaignRepo, OfferRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { requireMatch } from '../docs';

type OfferField = 'id' | 'code' | 'customerId' | 'campaignId' | 'status' | 'createdAt';

export const OFFERS: CollectionSpec<OfferField> = {
  name: 'offers',
  entity: 'offer',
  fields: {
    id: 'string',
    code: 'string',
    customerId: 'string',
    campaignId: 'string',
    status: 'string',
    createdAt: 'string',
  },
  key: ['id'],
  indexes: [
    { fields: ['code'], unique: true },
    { fields: ['customerId', 'createdAt'] },
    { fields: ['campaignId'] },
    { fields: ['status'] },
  ],
};

export class DocumentOfferRepo implements OfferRepo {
  private readonly docs: DocumentCollection<Offer, OfferField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(OFFERS);
  }

  /** Throws DuplicateError when the id or the code is taken. */
  create(offer: Offer): Promise<void> {
    return this.docs.insert(structuredClone(offer));
  }

  get(id: string): Promise<Offer | null> {
    return this.docs.findOne({ id });
  }

  findByCode(code: string): Promise<Offer | null> {
    return this.docs.findOne({ code });
  }

  /** Throws NotFoundError for an unknown offer. */
  async update(offer: Offer): Promise<void> {
    requireMatch(await this.docs.replaceOne({ id: offer.id }, structuredClone(offer)), 'offer', offer.id);
  }

  /** Oldest first (frequency caps read the last one). */
  listByCustomer(customerId: string): Promise<Offer[]> {
    return this.docs.find({ customerId }, { sort: [['createdAt', 1]] });
  }

  listByCampaign(campaignId: string): Promise<Offer[]> {
    return this.docs.find({ campaignId }, { sort: [['createdAt', 1]] });
  }

  listByStatus(status: Offer['status']): Promise<Offer[]> {
    return this.docs.find({ status }, { sort: [['createdAt', 1]] });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}

type CampaignField = 'id' | 'active' | 'createdAt';

export const CAMPAIGNS: CollectionSpec<CampaignField> = {
  name: 'campaigns',
  entity: 'campaign',
  fields: { id: 'string', active: 'boolean', createdAt: 'string' },
  key: ['id'],
  indexes: [],
};

export class DocumentCampaignRepo implements CampaignRepo {
  private readonly docs: DocumentCollection<Campaign, CampaignField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(CAMPAIGNS);
  }

  upsert(campaign: Campaign): Promise<void> {
    return this.docs.upsert({ id: campaign.id }, structuredClone(campaign));
  }

  get(id: string): Promise<Campaign | null> {
    return this.docs.findOne({ id });
  }

  /** Oldest first. */
  list(options: { activeOnly?: boolean } = {}): Promise<Campaign[]> {
    return this.docs.find(options.activeOnly ? { active: true } : {}, { sort: [['createdAt', 1]] });
  }
}
