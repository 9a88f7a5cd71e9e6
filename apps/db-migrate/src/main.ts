import 'reflect-metadata';
import { migrateDatabase } from '@asynctask/infra-mysql';
import { StoreEnvironment, parseEnvironment, runMain } from '@asynctask/nest-runtime';

// Creates the database if missing and runs pending migrations under a MySQL named lock, then exits.
runMain('db-migrate', async () => {
  const { DATABASE_URL } = parseEnvironment(StoreEnvironment);
  await migrateDatabase(DATABASE_URL);
  process.stdout.write('asynctask db-migrate: schema is up to date\n');
});
