import type { ListTasksFilter } from '@asynctask/client';
import { useSearchParams } from 'react-router';
import { useCanWrite, useTasks } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { RefreshedAt } from '../../ui/refreshed-at';
import { SelectionActions } from './selection-actions';
import { TaskFilterForm } from './task-filter-form';
import { searchOf, taskFilterOf } from './task-filter';
import { TasksTable } from './tasks-table';
import { useTaskSelection } from './use-task-selection';

const PAGE_SIZE = 50;

export function TasksPage() {
  const [search, setSearch] = useSearchParams();
  const filter = taskFilterOf(search);
  const tasks = useTasks({ ...filter, limit: PAGE_SIZE });
  const canWrite = useCanWrite();
  const selection = useTaskSelection(tasks.data?.items ?? [], search.toString());
  const show = (next: ListTasksFilter) => setSearch(searchOf(next));
  const selectedIds = (tasks.data?.items ?? []).map((task) => task.taskId).filter((taskId) => selection.selected.has(taskId));

  return (
    <>
      <PageHeader title="Tasks" description="Newest first. Filters are part of the address, so a link shows the same list." aside={<RefreshedAt updatedAt={tasks.dataUpdatedAt} />} />
      <TaskFilterForm filter={filter} onChange={show} />
      <QueryStatus query={tasks}>
        {({ items, nextCursor }) => (
          <>
            {/* Stays when the list empties, so the summary of an action that emptied it stays in view. */}
            {canWrite && <SelectionActions taskIds={selectedIds} onDone={selection.clear} />}
            {items.length === 0 ? (
              <div className="panel empty">
                <p>No task matches these filters.</p>
              </div>
            ) : (
              <TasksTable tasks={items} selection={canWrite ? selection : undefined} />
            )}
            <nav className="pager" aria-label="Pages">
              {filter.cursor && (
                <button type="button" className="button" onClick={() => show({ ...filter, cursor: undefined })}>
                  First page
                </button>
              )}
              {nextCursor && (
                <button type="button" className="button" onClick={() => show({ ...filter, cursor: nextCursor })}>
                  Next page
                </button>
              )}
            </nav>
          </>
        )}
      </QueryStatus>
    </>
  );
}
