import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The four tables of the original service, with what the guarantees add: version for
 * compare-and-set, attempt and requeue counts, run and deadline times, the idempotency key.
 * Binary collation so ids and types compare and sort exactly as in the application.
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE task (
        task_id VARCHAR(64) NOT NULL,
        task_type VARCHAR(64) NOT NULL,
        priority INT NOT NULL DEFAULT 5,
        status VARCHAR(32) NOT NULL,
        payload JSON NULL,
        result JSON NULL,
        error_message TEXT NULL,
        worker_id VARCHAR(128) NULL,
        retry_count INT NOT NULL DEFAULT 0,
        max_retry INT NOT NULL DEFAULT 3,
        timeout INT NOT NULL DEFAULT 30,
        attempt INT NOT NULL DEFAULT 0,
        requeue_count INT NOT NULL DEFAULT 0,
        version INT NOT NULL DEFAULT 1,
        run_at DATETIME(3) NOT NULL,
        deadline_at DATETIME(3) NULL,
        idempotency_key VARCHAR(128) NULL,
        created_at DATETIME(3) NOT NULL,
        scheduled_at DATETIME(3) NULL,
        started_at DATETIME(3) NULL,
        completed_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (task_id),
        UNIQUE KEY uq_task_idempotency_key (idempotency_key),
        KEY idx_status (status, task_id),
        KEY idx_task_type (task_type, task_id),
        KEY idx_worker_id (worker_id, status, task_id),
        KEY idx_status_deadline (status, deadline_at),
        KEY idx_created_at (created_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await runner.query(`
      CREATE TABLE task_config (
        task_type VARCHAR(64) NOT NULL,
        task_name VARCHAR(128) NOT NULL,
        description TEXT NULL,
        executor_type VARCHAR(32) NOT NULL,
        executor_config JSON NULL,
        default_timeout INT NOT NULL DEFAULT 30,
        default_max_retry INT NOT NULL DEFAULT 3,
        retry_strategy VARCHAR(32) NOT NULL,
        retry_delay DECIMAL(12,3) NOT NULL DEFAULT 5,
        backoff_rate DECIMAL(10,2) NOT NULL DEFAULT 2.0,
        max_concurrent INT NOT NULL DEFAULT 10,
        route_strategy VARCHAR(32) NOT NULL DEFAULT 'least_tasks',
        enabled BOOLEAN NOT NULL DEFAULT TRUE,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (task_type),
        KEY idx_enabled (enabled)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await runner.query(`
      CREATE TABLE task_log (
        log_id VARCHAR(64) NOT NULL,
        task_id VARCHAR(64) NOT NULL,
        log_type VARCHAR(32) NOT NULL,
        from_status VARCHAR(32) NULL,
        to_status VARCHAR(32) NOT NULL,
        message TEXT NULL,
        details JSON NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (log_id),
        KEY idx_task_id (task_id, created_at, log_id),
        KEY idx_log_type (log_type),
        KEY idx_created_at (created_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await runner.query(`
      CREATE TABLE worker (
        worker_id VARCHAR(128) NOT NULL,
        worker_name VARCHAR(128) NOT NULL,
        address VARCHAR(256) NOT NULL,
        status VARCHAR(32) NOT NULL,
        capacity INT NOT NULL DEFAULT 10,
        current_load INT NOT NULL DEFAULT 0,
        supported_types JSON NULL,
        last_heartbeat DATETIME(3) NOT NULL,
        started_at DATETIME(3) NOT NULL,
        PRIMARY KEY (worker_id),
        KEY idx_status (status),
        KEY idx_last_heartbeat (last_heartbeat)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['worker', 'task_log', 'task_config', 'task']) await runner.query(`DROP TABLE ${table}`);
  }
}
