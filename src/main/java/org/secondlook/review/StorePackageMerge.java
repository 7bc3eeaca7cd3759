package org.secondlook.review;

import java.io.IOException;
import java.time.Clock;
import org.secondlook.review.export.ChainHead;
import org.secondlook.review.export.PackageMergeTarget;
import org.secondlook.store.Database;

/** Headquarters' merge into this database. Not written yet: refuses with a sentence. */
final class StorePackageMerge implements PackageMergeTarget {
    StorePackageMerge(Database db, String user, Clock clock) {
    }

    @Override
    public MergeReport merge(String office, ChainHead newHead, Feed feed) throws IOException {
        throw new InvalidInputException("Merging packages into the database is not available in this version yet;"
                + " 'verify-package' checks a package.");
    }
}
