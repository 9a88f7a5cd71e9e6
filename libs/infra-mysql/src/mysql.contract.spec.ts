import {
  describeFaultyTaskRepositoryContract,
  describeTaskConfigRepositoryContract,
  describeTaskRepositoryContract,
  describeWorkerRepositoryContract,
} from '@asynctask/testing';
import { useMigratedTestDatabase } from './test-support/migrated-test-database';

// One database per run (asynctask_test_<pid>_<random>), migrated once; every test starts on empty tables.
const db = useMigratedTestDatabase('asynctask_test');

describeTaskRepositoryContract('mysql', db.emptyTables);
describeFaultyTaskRepositoryContract('mysql', db.emptyTables);
describeTaskConfigRepositoryContract('mysql', db.emptyTables);
describeWorkerRepositoryContract('mysql', db.emptyTables);
