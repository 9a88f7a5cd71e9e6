import BTree from 'sorted-btree';
import { TaskProps, TaskQuery } from '@asynctask/domain';

type IdTree = BTree<string, true>;

/**
 * Task ids in order, overall and per status, task type and worker, so that a page of the task
 * list costs O(log n + page size) however many tasks there are: it starts below the cursor in the
 * smallest tree the query's filters allow, instead of sorting every task.
 */
export class MemoryTaskListIndex {
  private readonly all: IdTree = new BTree();
  private readonly byStatus = new Map<string, IdTree>();
  private readonly byTaskType = new Map<string, IdTree>();
  private readonly byWorker = new Map<string, IdTree>();

  /** Records `task` as it is now; `previous` is how it was indexed before, if it was. */
  put(task: TaskProps, previous?: TaskProps): void {
    if (previous) this.remove(previous);
    this.all.set(task.taskId, true);
    treeOf(this.byStatus, task.status).set(task.taskId, true);
    treeOf(this.byTaskType, task.taskType).set(task.taskId, true);
    if (task.workerId) treeOf(this.byWorker, task.workerId).set(task.taskId, true);
  }

  /**
   * Ids newest first, below `query.after`, from the tree of the most selective filter; the
   * caller checks the other filters on each task.
   */
  *newestFirst(query: Omit<TaskQuery, 'limit'>): IterableIterator<string> {
    const filters: [Map<string, IdTree>, string | undefined][] = [
      [this.byStatus, query.status],
      [this.byTaskType, query.taskType],
      [this.byWorker, query.workerId],
    ];
    let tree = this.all;
    for (const [trees, value] of filters) {
      if (value === undefined) continue;
      const candidate = trees.get(value);
      if (!candidate) return; // no task has ever had this value
      if (candidate.size < tree.size) tree = candidate;
    }
    for (const [taskId] of tree.entriesReversed(query.after, undefined, true)) yield taskId;
  }

  private remove(task: TaskProps): void {
    this.byStatus.get(task.status)?.delete(task.taskId);
    this.byTaskType.get(task.taskType)?.delete(task.taskId);
    if (task.workerId) this.byWorker.get(task.workerId)?.delete(task.taskId);
  }
}

function treeOf(trees: Map<string, IdTree>, key: string): IdTree {
  let tree = trees.get(key);
  if (!tree) trees.set(key, (tree = new BTree()));
  return tree;
}
