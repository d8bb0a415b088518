import { type RouteObject } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

// Each screen is its own chunk, so the first screen loads only what it shows.
export const consoleRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../queue/QueuePage')).QueuePage }),
  },
  {
    path: 'incidents/:id',
    lazy: async () => ({ Component: (await import('../incident/IncidentPage')).IncidentPage }),
  },
  {
    path: 'approvals',
    lazy: async () => ({ Component: (await import('../approvals/ApprovalsPage')).ApprovalsPage }),
  },
  {
    path: 'audit',
    lazy: async () => ({ Component: (await import('../audit/AuditPage')).AuditPage }),
  },
  {
    path: 'policies',
    lazy: async () => ({ Component: (await import('../policies/PoliciesPage')).PoliciesPage }),
  },
  { path: '*', Component: NotFoundPage },
];
