/**
 * The store contract on MongoDB. Runs when MONGODB_URI is set (CI points it at FerretDB v1.24.2) in a
 * fresh database that is emptied between tests and dropped at the end.
 */
import { MongoClient } from 'mongodb';
import { openMongoStore } from '../../src/store/mongo';
import { MONGO_SKIP_NOTICE, ScratchDatabase, testMongoUri } from '../support/mongo-env';
import { describeStoreContract } from './harness';

const uri = testMongoUri() ?? '';
if (!uri) process.stderr.write(`${MONGO_SKIP_NOTICE}\n`);

/** Says in the log which server the suite really ran against (FerretDB reports its own version). */
async function announceServer(): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    // An embedded FerretDB reports its version as "unknown"; test/support/ferretdb/start.sh logs it.
    const server = typeof info.ferretdbVersion === 'string' ? 'FerretDB' : 'MongoDB';
    process.stderr.write(`MongoDB contract suite: running against ${server} (reports MongoDB ${info.version})\n`);
  } finally {
    await client.close();
  }
}
if (uri) beforeAll(announceServer);
const scratch = new ScratchDatabase(uri);

describeStoreContract(
  {
    name: 'mongo',
    newLocation: async () => scratch.name,
    open: (dbName, clock) => openMongoStore({ uri, dbName, clock }),
    removeLocation: () => scratch.empty(),
    finish: () => scratch.drop(),
  },
  { skip: !uri },
);
