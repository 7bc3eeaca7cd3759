package org.secondlook.review.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.domain.Role;

/** What the database holds, for {@code status}: case counts, the latest imports and the accounts. */
public record StatusReport(long cases, Map<String, Long> byState, Map<String, Long> byLabel,
                           Map<String, Long> byOffice, List<ImportSummary> lastImports, List<Account> accounts) {
    /** One import run; {@code finishedAt} null when it never finished (cancelled by a crash). */
    public record ImportSummary(String fileName, String importedBy, Instant startedAt, Instant finishedAt,
                                int added, int updated, int unchanged, int rejected) {
    }

    /** One account. */
    public record Account(String name, Set<Role> roles, boolean enabled) {
    }
}
