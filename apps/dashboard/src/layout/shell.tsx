import { NavLink, Outlet } from 'react-router';
import { ApiKeyGate } from '../auth/api-key-gate';
import { forgetApiKey, readApiKey } from '../auth/api-key-storage';
import { useKeyRequest } from '../auth/key-request';
import { ReadOnlyBadge } from '../auth/read-only-badge';

const SECTIONS = [
  { to: '/', label: 'Overview', end: true },
  { to: '/tasks', label: 'Tasks', end: false },
  { to: '/task-types', label: 'Task types', end: false },
  { to: '/workers', label: 'Workers', end: false },
];

/** The frame of every view: the name, the navigation, then the view (behind the API-key prompt). */
export function Shell() {
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand" aria-label="asynctask dashboard home">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
            <span>asynctask</span>
          </NavLink>
          <nav aria-label="Main">
            <ul>
              {SECTIONS.map(({ to, label, end }) => (
                <li key={to}>
                  <NavLink to={to} end={end}>
                    {label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar-end">
            <ReadOnlyBadge />
            <ForgetKeyButton />
          </div>
        </div>
      </header>
      <main className="content">
        <ApiKeyGate>
          <Outlet />
        </ApiKeyGate>
      </main>
    </div>
  );
}

/** Lets a person on a shared machine drop the key before the tab closes. */
function ForgetKeyButton() {
  // Rendered again whenever a key is asked for or given.
  useKeyRequest();
  if (readApiKey() === null) return null;
  return (
    <button
      type="button"
      className="button quiet"
      onClick={() => {
        forgetApiKey();
        window.location.reload();
      }}
    >
      Forget API key
    </button>
  );
}
