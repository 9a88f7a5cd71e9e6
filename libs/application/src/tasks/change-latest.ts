import { ConcurrentChangeError, Task, TaskChange, TaskNotFoundError } from '@asynctask/domain';
import { CommitOptions, TaskCommit } from '../dispatch/task-commit';
import { AsynctaskPorts } from '../shared/ports';

/** How often a cancel or retry re-reads the task when a concurrent change beat it. */
const MAX_CAS_ATTEMPTS = 5;

/**
 * Commits a change decided on the task's latest state, reading it again when another change won
 * the race; ConcurrentChangeError after MAX_CAS_ATTEMPTS lost races.
 */
export async function changeLatest(
  ports: Pick<AsynctaskPorts, 'tasks'>,
  commit: TaskCommit,
  taskId: string,
  decide: (task: Task) => TaskChange,
  options: CommitOptions = {},
): Promise<TaskChange> {
  for (let attempt = 1; ; attempt++) {
    const current = await ports.tasks.findById(taskId);
    if (!current) throw new TaskNotFoundError(taskId);
    const change = decide(Task.restore(current));
    if (await commit.applyOne(change, options)) return change;
    if (attempt >= MAX_CAS_ATTEMPTS) throw new ConcurrentChangeError(taskId);
  }
}
