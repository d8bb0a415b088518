import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem } from '../api/problem';
import { LiveUpdates } from '../live/LiveUpdates';
import { usePreferences } from '../preferences/preferences';
import { SessionGate } from '../session/SessionGate';
import { Layout } from './Layout';
import { consoleRoutes } from './routes';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; outages and network errors might.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

const router = createBrowserRouter([{ element: <Layout />, children: consoleRoutes }], {
  basename: '/console',
});

export function App() {
  useThemeClass();
  return (
    <QueryClientProvider client={queries}>
      <SessionGate>
        <LiveUpdates>
          <RouterProvider router={router} />
        </LiveUpdates>
      </SessionGate>
    </QueryClientProvider>
  );
}

function useThemeClass(): void {
  const { theme } = usePreferences();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
