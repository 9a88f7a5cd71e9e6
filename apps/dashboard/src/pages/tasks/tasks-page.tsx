import { useSearchParams } from 'react-router';
import type { ListTasksFilter } from '@asynctask/client';
import { useTasks } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { RefreshedAt } from '../../ui/refreshed-at';
import { TaskFilterForm } from './task-filter-form';
import { searchOf, taskFilterOf } from './task-filter';
import { TasksTable } from './tasks-table';

const PAGE_SIZE = 50;

export function TasksPage() {
  const [search, setSearch] = useSearchParams();
  const filter = taskFilterOf(search);
  const tasks = useTasks({ ...filter, limit: PAGE_SIZE });
  const show = (next: ListTasksFilter) => setSearch(searchOf(next));

  return (
    <>
      <PageHeader title="Tasks" description="Newest first. Filters are part of the address, so a link shows the same list." aside={<RefreshedAt updatedAt={tasks.dataUpdatedAt} />} />
      <TaskFilterForm filter={filter} onChange={show} />
      <QueryStatus query={tasks}>
        {({ items, nextCursor }) => (
          <>
            {items.length === 0 ? (
              <div className="panel empty">
                <p>No task matches these filters.</p>
              </div>
            ) : (
              <TasksTable tasks={items} />
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
