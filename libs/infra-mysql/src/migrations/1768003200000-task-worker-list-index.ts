import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task list filtered by worker alone, newest first: idx_worker_id has the status between
 * worker and task id, so that list sorted every task the worker ever ran to show one page.
 */
export class TaskWorkerListIndex1768003200000 implements MigrationInterface {
  name = 'TaskWorkerListIndex1768003200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE task ADD INDEX idx_worker_task (worker_id, task_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE task DROP INDEX idx_worker_task');
  }
}
