import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivityFilter, ActivityPage } from '../../../shared/activity/activity-log';
import type { ActivityPageRequestData } from '../../../shared/api';
import { factdesk } from '../../factdesk';
import { showNotice } from '../../state/notices-store';

const PAGE_SIZE = 200;
const NOTHING_HELD: ActivityPage = { entries: [], more: false, actors: [], claimIds: [] };

export interface HeldActivityPages extends ActivityPage {
  loading: boolean;
  showMore(): void;
}

/** A page from main; a call that fails is said once and shows as nothing more, rather than loading for ever. */
async function readPage(session: string, request: ActivityPageRequestData): Promise<ActivityPage> {
  try {
    return (await factdesk.readActivity(session, request)) ?? NOTHING_HELD;
  } catch (error) {
    showNotice(
      'error',
      `The earlier activity log could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return NOTHING_HELD;
  }
}

/**
 * The part of the activity log main holds for this window (ProjectView's
 * `heldActivity`), matching the filter, newest first, a page at a time.
 * People and claims for the filters come with every page.
 */
export function useHeldActivity(session: string, heldActivity: string, filter: ActivityFilter): HeldActivityPages {
  const query = JSON.stringify([session, heldActivity, filter.actor, filter.claimId]);
  const latestQuery = useRef(query);
  latestQuery.current = query;
  const [shown, setShown] = useState<{ query: string; page: ActivityPage } | null>(null);
  const [facets, setFacets] = useState<Pick<ActivityPage, 'actors' | 'claimIds'>>(NOTHING_HELD);

  const load = useCallback(
    async (before: ActivityPage['entries']) => {
      const request = { heldActivity, ...filter, skip: before.length, limit: PAGE_SIZE };
      const page = heldActivity === '' ? NOTHING_HELD : await readPage(session, request);
      if (latestQuery.current !== query) return; // the filter or the project changed meanwhile
      setFacets({ actors: page.actors, claimIds: page.claimIds });
      setShown({ query, page: { ...page, entries: [...before, ...page.entries] } });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query string stands for session, heldActivity and the filter
    [query],
  );

  useEffect(() => {
    void load([]);
  }, [load]);

  const current = shown?.query === query ? shown.page : null;
  return {
    entries: current?.entries ?? [],
    more: current?.more ?? false,
    ...facets,
    loading: current === null,
    showMore: () => {
      if (current) void load(current.entries);
    },
  };
}
