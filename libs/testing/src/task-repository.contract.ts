import { TaskLogRepository, TaskRepository } from '@asynctask/domain';
import { Closable } from './builders';
import { useFixture } from './fixture';
import { describeTaskQueryCases } from './task-repository-queries.cases';
import { describeTaskWriteCases } from './task-repository-writes.cases';

export type TaskRepositoryFixture = { tasks: TaskRepository; logs: TaskLogRepository } & Closable;

/** What every TaskRepository (with its TaskLogRepository) must do; memory and MySQL alike. */
export function describeTaskRepositoryContract(adapterName: string, setup: () => Promise<TaskRepositoryFixture>): void {
  describe(`TaskRepository contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    describe('writes', () => describeTaskWriteCases(fixture));
    describe('queries', () => describeTaskQueryCases(fixture));
  });
}
