import { Link } from 'react-router';
import { useCanWrite, useTaskTypes } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { TaskTypesTable } from './task-types-table';

export function TaskTypesPage() {
  const taskTypes = useTaskTypes();
  const canWrite = useCanWrite();
  const create = canWrite && (
    <Link className="button primary" to="/task-types/new">
      New task type
    </Link>
  );
  return (
    <>
      <PageHeader title="Task types" description="What each type of task runs with, and how it is retried." aside={create} />
      <QueryStatus query={taskTypes}>
        {(items) =>
          items.length === 0 ? (
            <div className="panel empty">
              <p>No task type yet.</p>
              <p className="muted">{canWrite ? 'Create one with “New task type”.' : 'A key that may write can create one.'}</p>
            </div>
          ) : (
            <TaskTypesTable taskTypes={items} canWrite={canWrite} />
          )
        }
      </QueryStatus>
    </>
  );
}
