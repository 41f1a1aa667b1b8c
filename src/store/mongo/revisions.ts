/**
 * Compare-and-set that holds on FerretDB 1.24 as well as MongoDB.
 *
 * FerretDB 1.24 applies an update by reading the matching documents and then writing them back by
 * `_id`, so two concurrent `findOneAndUpdate({status: 'pending'}, …)` calls can both succeed and a
 * `$inc` can lose increments (the contract suite caught both). What it does enforce atomically is a
 * unique index on insert. So every conditional write here claims the document's next revision by
 * inserting `{c, d, r}` into a revisions collection with a unique index: only the claimant of
 * revision r+1 may replace a document that is at revision r. Losers re-read and re-check the filter,
 * which turns them into a clean "no longer matches".
 */
import type { Collection, Document, Filter as MongoFilter, Sort, WithoutId } from 'mongodb';
import { ConflictError } from '../../core/errors';

export const REVISIONS_COLLECTION = 'revisions';
export const REVISION_FIELD = '_rev';
/**
 * Claims must outlive any writer's read-to-claim gap: a claim deleted too early would let a writer
 * holding an old read claim that revision again and overwrite newer content. After this long a claim
 * is either done (its document moved on) or belongs to a crashed writer; either way it may go.
 */
const CLAIM_LIFETIME_MS = 60_000;
const MAX_ATTEMPTS = 200;

interface Claim extends Document {
  c: string;
  d: unknown;
  r: number;
  at: Date;
}

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}

export class RevisionGuard {
  private lastSweep = 0;

  constructor(private readonly revisions: Collection<Claim>) {}

  async createIndexes(): Promise<void> {
    await this.revisions.createIndex({ c: 1, d: 1, r: 1 }, { name: 'c_d_r_u', unique: true });
  }

  /**
   * Replaces the first document matching `query` with `change(current)`, atomically with respect to
   * every other guarded write. Returns the new document (with `_id`), or null when nothing matches.
   * `change` returning null means "leave it": nothing is written.
   */
  async write<D extends Document>(
    collection: Collection<D>,
    query: Document,
    sort: Sort | undefined,
    change: (current: Document) => Document | null,
  ): Promise<Document | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = (await collection.findOne(query as MongoFilter<D>, sort ? { sort } : {})) as Document | null;
      if (!current) return null;
      const replacement = change(current);
      if (!replacement) return current;
      const revision = typeof current[REVISION_FIELD] === 'number' ? (current[REVISION_FIELD] as number) : 0;
      const claim: Claim = { c: collection.collectionName, d: current._id, r: revision + 1, at: new Date() };
      try {
        await this.revisions.insertOne({ ...claim });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await this.clearIfStale(collection, claim);
        continue;
      }
      const { _id: _ignored, ...body } = replacement;
      const next: Document = { ...body, [REVISION_FIELD]: revision + 1 };
      try {
        const result = await collection.replaceOne({ _id: current._id } as MongoFilter<D>, next as WithoutId<D>);
        if (result.matchedCount === 0) return null; // deleted meanwhile
      } catch (error) {
        // A unique index refused the new content: give the revision back so others can proceed.
        await this.revisions.deleteOne({ c: claim.c, d: claim.d, r: claim.r });
        throw error;
      }
      await this.sweepOldClaims(claim.at);
      return { ...next, _id: current._id };
    }
    throw new ConflictError(collection.collectionName, 'too many concurrent writers');
  }

  /** A writer that claimed a revision and died would block the document; lift its claim once old. */
  private async clearIfStale<D extends Document>(collection: Collection<D>, claim: Claim): Promise<void> {
    const existing = await this.revisions.findOne({ c: claim.c, d: claim.d, r: claim.r });
    if (!existing || claim.at.getTime() - existing.at.getTime() < CLAIM_LIFETIME_MS) return;
    const behind = { _id: claim.d, [REVISION_FIELD]: { $gte: claim.r } } as MongoFilter<D>;
    const stillBehind = await collection.countDocuments(behind);
    if (stillBehind === 0) await this.revisions.deleteOne({ c: claim.c, d: claim.d, r: claim.r, at: existing.at });
  }

  /** At most once a minute per process: forget claims past their lifetime (one per updated document). */
  private async sweepOldClaims(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < CLAIM_LIFETIME_MS) return;
    this.lastSweep = now.getTime();
    await this.revisions.deleteMany({ at: { $lt: new Date(now.getTime() - CLAIM_LIFETIME_MS) } });
  }
}
