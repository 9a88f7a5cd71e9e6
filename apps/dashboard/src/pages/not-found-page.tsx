import { Link } from 'react-router';
import { PageHeader } from '../ui/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="No page here" description="This address does not match any view of the dashboard." />
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </>
  );
}
