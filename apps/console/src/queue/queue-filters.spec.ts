import { apiQueryOf, filtersFromSearch, searchFromFilters } from './queue-filters';

describe('queue filters', () => {
  it('round-trips through the URL', () => {
    const search = new URLSearchParams(
      'status=open&severity=high&category=vehicle_breakdown&assignee=me&q=C-10&minEscalationLevel=2',
    );
    const filters = filtersFromSearch(search);
    expect(filters).toEqual({
      status: 'open',
      severity: 'high',
      category: 'vehicle_breakdown',
      ownership: 'me',
      search: 'C-10',
      minEscalationLevel: 2,
    });
    expect(searchFromFilters(filters).toString()).toBe(search.toString());
  });

  it('keeps a view of the incidents waiting on the customer', () => {
    expect(filtersFromSearch(new URLSearchParams('status=waiting_on_customer'))).toEqual({
      status: 'waiting_on_customer',
      ownership: 'anyone',
    });
  });

  it('ignores unknown and malformed values', () => {
    expect(
      filtersFromSearch(
        new URLSearchParams('status=lost&severity=huge&assignee=x&minEscalationLevel=0'),
      ),
    ).toEqual({ ownership: 'anyone' });
  });

  it('asks the API for the nearest breach first, unassigned as assignee=none', () => {
    expect(apiQueryOf({ ownership: 'none' })).toMatchObject({
      sort: 'nearestBreach',
      assignee: 'none',
    });
  });
});
