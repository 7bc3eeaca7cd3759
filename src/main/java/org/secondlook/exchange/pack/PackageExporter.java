package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import org.secondlook.review.exchange.PackageSource;
import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.audit.ChainHead;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.secondlook.exchange.WorkbookExporter;

/**
 * {@code export-package}: writes the office's cases, decisions, audit chain and workbook into one
 * signed package, every part sealed to headquarters' key. Counts, the time range and the chain head
 * in the manifest are taken from the very rows written.
 */
public final class PackageExporter {
    private final PackageWriter writer;
    private final WorkbookExporter workbook;
    private final PackageJson json;

    public PackageExporter(PackageWriter writer, WorkbookExporter workbook, PackageJson json) {
        this.writer = writer;
        this.workbook = workbook;
        this.json = json;
    }

    /**
     * @param hq headquarters' X25519 key; without one the package cannot be written
     * @throws PackageRejectedException when no headquarters key is registered
     */
    public Manifest export(PackageSource source, Path target, KeyPair signing, PublicKey hq) throws IOException {
        if (hq == null) {
            throw new PackageRejectedException("No headquarters key is registered, so the package cannot be"
                    + " encrypted; register it with 'offices hq --public-key FILE' (the file headquarters wrote"
                    + " with 'keys export-public').");
        }
        long[] cases = {0};
        long[] decisions = {0};
        AuditRecord[] first = {null};
        AuditRecord[] last = {null};
        long[] events = {0};
        long[] training = {0};
        List<PartSource> parts = List.of(
                new PartSource(PackageParts.CASES, true, true,
                        out -> cases[0] = lines(out, source.cases(), r -> { })),
                new PartSource(PackageParts.DECISIONS, true, true,
                        out -> decisions[0] = lines(out, source.decisions(), r -> { })),
                new PartSource(PackageParts.AUDIT, true, true, out -> events[0] = lines(out, source.auditEvents(),
                        r -> {
                            if (first[0] == null) {
                                first[0] = r;
                            }
                            last[0] = r;
                        })),
                new PartSource(PackageParts.TRAINING, true, true,
                        out -> training[0] = lines(out, source.training(), r -> { })),
                new PartSource(PackageParts.WORKBOOK, true, false, out -> workbook.writeTo(source.workbookRows(), source.office(), out)));
        // The header is read after the parts are written; the writer asks for it only then.
        return writer.write(target, () -> new PackageHeader(source.office(),
                first[0] == null ? null : first[0].occurredAt(), last[0] == null ? null : last[0].occurredAt(),
                Map.of(PackageParts.COUNT_CASES, cases[0], PackageParts.COUNT_DECISIONS, decisions[0],
                        PackageParts.COUNT_AUDIT_EVENTS, events[0], PackageParts.COUNT_TRAINING, training[0]),
                last[0] == null ? ChainHead.EMPTY : new ChainHead(last[0].seq(), last[0].hash())),
                parts, signing, hq);
    }

    private <T> long lines(OutputStream out, Stream<T> rows, java.util.function.Consumer<T> seen) throws IOException {
        long n = 0;
        try (rows; SequenceWriter w = json.linesWriter(out)) {
            Iterator<T> it = rows.iterator();
            while (it.hasNext()) {
                T r = it.next();
                seen.accept(r);
                w.write(r);
                n++;
            }
        }
        return n;
    }
}
