/**
 * MongoDB for tests: reads MONGODB_URI (a real MongoDB, or FerretDB started by
 * test/support/ferretdb/start.sh) and hands out throwaway databases.
 */
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';

export const MONGO_SKIP_NOTICE = 'MongoDB contract suite skipped: set MONGODB_URI to run it';

export function testMongoUri(): string | undefined {
  const uri = process.env.MONGODB_URI?.trim();
  return uri ? uri : undefined;
}

/** Short (FerretDB maps names onto PostgreSQL identifiers) and unique across parallel runs. */
export function uniqueDatabaseName(prefix = 'ctest'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/**
 * One database for a whole test run: emptied between tests (much cheaper than building every index
 * again on FerretDB), dropped at the end.
 */
export class ScratchDatabase {
  readonly name = uniqueDatabaseName();
  private client: MongoClient | undefined;

  constructor(private readonly uri: string) {}

  async empty(): Promise<void> {
    const db = (await this.connect()).db(this.name);
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      await db.collection(name).deleteMany({});
    }
  }

  async drop(): Promise<void> {
    if (!this.client) return;
    await this.client.db(this.name).dropDatabase();
    await this.client.close();
    this.client = undefined;
  }

  private async connect(): Promise<MongoClient> {
    this.client ??= await new MongoClient(this.uri, { serverSelectionTimeoutMS: 10_000 }).connect();
    return this.client;
  }
}

export async function dropDatabase(uri: string, name: string): Promise<void> {
  const client = await new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 }).connect();
  try {
    await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
