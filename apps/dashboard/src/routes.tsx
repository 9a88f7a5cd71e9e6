import { Route, Routes } from 'react-router';
import { Shell } from './layout/shell';
import { NotFoundPage } from './pages/not-found-page';
import { OverviewPage } from './pages/overview/overview-page';
import { EditTaskTypePage, NewTaskTypePage } from './pages/task-types/task-type-form-page';
import { TaskTypesPage } from './pages/task-types/task-types-page';
import { TaskPage } from './pages/tasks/task-page';
import { TasksPage } from './pages/tasks/tasks-page';
import { WorkersPage } from './pages/workers/workers-page';

/** Every view and its address under /dashboard. A new view is a page component and one line here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<OverviewPage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="tasks/:taskId" element={<TaskPage />} />
        <Route path="task-types" element={<TaskTypesPage />} />
        <Route path="task-types/new" element={<NewTaskTypePage />} />
        <Route path="task-types/:taskType/edit" element={<EditTaskTypePage />} />
        <Route path="workers" element={<WorkersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
