import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="stack">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Back to the queue</Link>
      </p>
    </section>
  );
}
