/**
 * Bridges the skills' Recommender port to the trained recommender in src/recommend (content-based,
 * collaborative and hybrid models over the event log), and names the product behind a pick so the bot
 * can say "because you looked at …".
 */
import { familyColours } from '../commerce/catalog/lexicon';
import type { RecommendationService } from '../recommend';
import type { ProductRepo } from '../store/repositories';
import type { Recommendation, Recommender, RecommendReason, RecommendRequest } from './recommender';

const REASON: Record<string, RecommendReason> = {
  similar_to: 'similar',
  matches_request: 'matches_request',
  bought_together: 'bought_together',
  popular: 'popular',
  for_you: 'for_you',
};

export class LiveRecommender implements Recommender {
  constructor(private readonly deps: { service: RecommendationService; products: Pick<ProductRepo, 'get'> }) {}

  async recommend(request: RecommendRequest): Promise<Recommendation[]> {
    const { category, colour, colourFamily, size, minPriceCents, maxPriceCents } = request.constraints;
    const picks = await this.deps.service.recommend({
      ...(request.customerId ? { customerId: request.customerId } : {}),
      ...(request.seedProductId ? { seedProductId: request.seedProductId } : {}),
      ...(request.about ? { about: request.about } : {}),
      constraints: {
        category,
        colour,
        ...(colourFamily !== undefined && { anyColour: familyColours(colourFamily) }),
        size,
        minPriceCents,
        maxPriceCents,
        ...(request.otherThanCategory ? { otherThanCategory: request.otherThanCategory } : {}),
      },
      limit: request.limit,
    });
    const names = new Map<string, Recommendation['becauseOf']>();
    const out: Recommendation[] = [];
    for (const pick of picks) {
      const about = pick.reason.productId;
      // The seed of "more like this" is already named in the reply's first line.
      if (about && about !== request.seedProductId && !names.has(about)) {
        const product = await this.deps.products.get(about);
        names.set(about, product ? { id: product.id, name: product.name } : undefined);
      }
      const becauseOf = about ? names.get(about) : undefined;
      out.push({
        product: pick.product,
        reason: REASON[pick.reason.kind] ?? 'popular',
        ...(becauseOf ? { becauseOf } : {}),
      });
    }
    return out;
  }
}
