/**
 * The store contract on MongoDB. Runs when MONGODB_URI is set (CI points it at FerretDB v1.24.2) in a
 * fresh database that is emptied between tests and dropped at the end.
 */
import { openMongoStore } from '../../src/store/mongo';
import { MONGO_SKIP_NOTICE, ScratchDatabase, testMongoUri } from '../support/mongo-env';
import { describeStoreContract } from './harness';

const uri = testMongoUri() ?? '';
if (!uri) process.stderr.write(`${MONGO_SKIP_NOTICE}\n`);
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
