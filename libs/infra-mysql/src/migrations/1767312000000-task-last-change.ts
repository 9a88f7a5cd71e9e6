import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log id of the change that last wrote a task row. A batch of compare-and-set changes is one
 * UPDATE; reading this column back tells which of them won, even when a rival change bumped the
 * version to the same number.
 */
export class TaskLastChange1767312000000 implements MigrationInterface {
  name = 'TaskLastChange1767312000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE task ADD COLUMN last_change VARCHAR(64) NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE task DROP COLUMN last_change');
  }
}
