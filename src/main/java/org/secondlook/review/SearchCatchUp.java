package org.secondlook.review;

import org.secondlook.store.Database;
import org.secondlook.store.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the search index up to date after work that must stand on its own (an import, a merge, a login):
 * a failure is logged without personal data and the versions stay queued; a search still finds them, by
 * reading them, and the next catch-up takes them.
 */
public final class SearchCatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(SearchCatchUp.class);

    private SearchCatchUp() {
    }

    public static void run(Database db) {
        try {
            int n = new SearchIndex(db).catchUp();
            if (n > 0) {
                LOG.info("The search index took {} queued résumé versions", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("The search index could not catch up; queued versions are searched by reading them: {}",
                    LogSafe.describe(e));
        }
    }
}
