import { NavLink, Outlet } from 'react-router';
import { useLiveStatus } from '../live/LiveUpdates';
import { useCan, useCurrentUser, useSignOut } from '../session/SessionGate';
import { SettingsMenu } from './SettingsMenu';

/** The frame of every screen: navigation by role, who is signed in, live status, settings. */
export function Layout() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const can = {
    queue: useCan('incident:read'),
    approvals: useCan('approval:read'),
    audit: useCan('audit:read'),
    policies: useCan('policy:read'),
  };
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <span className="brand">Service recovery</span>
        <nav aria-label="Main">
          {can.queue && (
            <NavLink to="/" end>
              Queue
            </NavLink>
          )}
          {can.approvals && <NavLink to="/approvals">Approvals</NavLink>}
          {can.audit && <NavLink to="/audit">Audit</NavLink>}
          {can.policies && <NavLink to="/policies">Policies</NavLink>}
        </nav>
        <LiveIndicator />
        <SettingsMenu />
        <span className="who" aria-label="Signed in as">
          {user.name ?? user.sub} · {user.role} · {user.sites.join(', ')}
        </span>
        <button type="button" className="quiet" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

function LiveIndicator() {
  const status = useLiveStatus();
  const text = {
    connecting: 'Connecting…',
    live: 'Live',
    polling: 'Live updates unavailable: refreshing every 5 s',
  }[status];
  return (
    <span className={`live live-${status}`} role="status">
      {text}
    </span>
  );
}
