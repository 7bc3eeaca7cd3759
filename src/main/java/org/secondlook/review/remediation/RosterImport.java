package org.secondlook.review.remediation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.intake.RosterReader;
import org.secondlook.intake.RosterRow;
import org.secondlook.intake.RowRejection;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.store.Database;
import org.secondlook.store.RemediationWriter;

/**
 * Imports an academy roster (docs/formats.md, the academy roster) in chunks, each in one transaction holding the audit head:
 * rows are matched to applicants by id, else by full name and date of birth, and each matched record is
 * moved as {@link RosterMoves} decides. Rows that match nobody, two people, an applicant without a
 * training record, or contradict the record are reported with their row number and left alone.
 */
final class RosterImport {
    /**
     * Rows per transaction. The store finishes a transaction by visiting every row it wrote; in a large one those
     * pages have left the cache and are read back and decrypted (half the CPU time of a 100,000-row import at
     * 5,000 rows a chunk). Measured under load at 20,000 rows (CPU seconds): 5,000 rows 41.1, 1,000 rows 38.6,
     * 250 rows 32.8. Since then the chunk writes plain JDBC batches and one audit event a row, and a commit's share
     * per chunk (storing the B-trees' upper pages, the audit head, the sequences) shows: at 30,000 rows, three runs
     * each back to back under load 7-18, 1,000 rows took 12.97 s of CPU on average (14.0, 13.0, 11.9) against
     * 14.43 s (13.7, 15.0, 14.6) at 250, and the import thread's JFR samples in H2's commit fell 23 % (149 vs 194).
     */
    static final int CHUNK = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final String user;
    private final Clock clock;
    private final RosterReader reader;

    RosterImport(Database db, String user, Clock clock, RosterReader reader) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.reader = reader;
    }

    RosterReport importFile(Path roster) throws UnusableFileException, IOException {
        String file = roster.getFileName().toString();
        String shortName = file.length() > 200 ? file.substring(0, 200) : file;
        String[] sha256 = new String[1]; // taken once the reader has found the file usable, at the first chunk
        List<RowRejection> rejected = new ArrayList<>();
        long[] counts = new long[2];
        String hash;
        try {
            readInChunks(roster, shortName, sha256, rejected, counts);
            hash = sha256(roster, sha256);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rejected.sort(java.util.Comparator.comparingInt(RowRejection::rowNumber));
        Instant now = clock.instant();
        String summary = "roster " + shortName + " (SHA-256 " + hash + "): " + counts[0] + " applied, "
                + counts[1] + " unchanged, " + rejected.size() + " rejected";
        RemediationWriter.inTransaction(db, w -> w.audit(now, user, "TRAINING_IMPORT", null, summary));
        return new RosterReport(file, counts[0], counts[1], List.copyOf(rejected));
    }

    private void readInChunks(Path roster, String shortName, String[] sha256, List<RowRejection> rejected, long[] counts)
            throws UnusableFileException, IOException {
        List<RosterRow> chunk = new ArrayList<>(CHUNK);
        reader.read(roster, new RosterReader.Handler() {
            @Override
            public void accepted(RosterRow row) {
                chunk.add(row);
                if (chunk.size() >= CHUNK) {
                    apply(shortName, sha256(roster, sha256), chunk, rejected, counts);
                    chunk.clear();
                }
            }

            @Override
            public void rejected(RowRejection rejection) {
                rejected.add(rejection);
            }
        });
        if (!chunk.isEmpty()) {
            apply(shortName, sha256(roster, sha256), chunk, rejected, counts);
        }
    }

    private void apply(String file, String sha256, List<RosterRow> rows, List<RowRejection> rejected, long[] counts) {
        Instant now = clock.instant();
        RemediationWriter.inBatch(db, w -> {
            RemediationRules.actor(w, user, RemediationRules.Need.CHANGE);
            Map<RosterRow, String> ids = match(w, rows, rejected);
            Set<String> wanted = new LinkedHashSet<>(ids.values());
            Map<String, RemediationRecord> records = new HashMap<>();
            if (!wanted.isEmpty()) {
                w.currentRecords(wanted).forEach(r -> records.put(r.getApplicantId(), r));
            }
            Map<Long, Set<String>> seen = new HashMap<>();
            List<Long> recordIds = records.values().stream().filter(r -> RosterMoves.mayHoldRosterRows(r.getState()))
                    .map(RemediationRecord::getId).toList();
            if (!recordIds.isEmpty()) {
                for (RemediationWriter.RosterEvidence e : w.rosterEvidence(recordIds)) {
                    seen.computeIfAbsent(e.recordId(), k -> new HashSet<>()).add(RosterMoves.key(e.classNumber(), e.result()));
                }
            }
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(records.keySet());
            Set<String> existing = missing.isEmpty() ? Set.of() : w.applicantRefs(missing).keySet();
            RosterMoves moves = new RosterMoves(w, file, sha256, user, now);
            for (RosterRow row : rows) {
                String id = ids.get(row);
                if (id == null) {
                    continue;
                }
                RemediationRecord r = records.get(id);
                if (r == null) {
                    rejected.add(new RowRejection(row.rowNumber(), id, existing.contains(id)
                            ? "applicant " + id + " has no training record (its decision is not signed off yet)"
                            : "applicant_id " + id + " matches nobody in this database"));
                    continue;
                }
                String problem = moves.apply(row, r, seen.computeIfAbsent(r.getId(), k -> new HashSet<>()));
                if (problem == RosterMoves.UNCHANGED) {
                    counts[1]++;
                } else if (problem != null) {
                    rejected.add(new RowRejection(row.rowNumber(), id, problem));
                } else {
                    counts[0]++;
                }
            }
            return null;
        });
    }

    /** The file's SHA-256, kept in {@code memo} after the first call. */
    private static String sha256(Path file, String[] memo) {
        if (memo[0] == null) {
            try {
                memo[0] = sha256(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return memo[0];
    }

    /** The file's SHA-256 (hex), named in the audit events as the roster's evidence. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Row → applicant id for the rows that name exactly one applicant; the others are rejected here. */
    private static Map<RosterRow, String> match(RemediationWriter w, List<RosterRow> rows, List<RowRejection> rejected) {
        Map<RosterRow, String> out = new HashMap<>();
        for (RosterRow row : rows) {
            if (row.applicantId() != null) {
                out.put(row, row.applicantId());
                continue;
            }
            List<String> found = new ArrayList<>();
            for (RemediationWriter.NamedApplicant a : w.applicantsNamed(row.fullName())) {
                if (row.dateOfBirth().toString().equals(dateOfBirth(a.extraAttributes()))) {
                    found.add(a.applicantId());
                }
            }
            if (found.size() == 1) {
                out.put(row, found.get(0));
            } else {
                rejected.add(new RowRejection(row.rowNumber(), null, found.isEmpty()
                        ? "full_name and date_of_birth match nobody in this database"
                        : "full_name and date_of_birth match " + found.size() + " applicants (" + String.join(", ", found)
                                + "); give the applicant_id"));
            }
        }
        return out;
    }

    /** The batch's {@code date_of_birth}, kept among the applicant's extra attributes (docs/formats.md, the batch). */
    static String dateOfBirth(String extraAttributes) {
        if (extraAttributes == null || !extraAttributes.contains("date_of_birth")) {
            return null;
        }
        try {
            Map<String, String> extras = JSON.readValue(extraAttributes, new TypeReference<Map<String, String>>() { });
            String v = extras.get("date_of_birth");
            if (v == null) {
                return null;
            }
            String t = v.strip();
            return t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 'T') ? t.substring(0, 10) : t;
        } catch (IOException e) {
            return null;
        }
    }
}
