package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import org.secondlook.review.exchange.PackageSource;
import org.secondlook.review.exchange.CaseRecord;
import org.secondlook.review.exchange.DecisionRecord;
import org.secondlook.review.exchange.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.exchange.AuditRow;
import org.secondlook.review.exchange.DecisionRow;
import org.secondlook.review.exchange.EvidenceRow;
import org.secondlook.review.exchange.ExportSource;
import org.secondlook.exchange.WorkbookExporter;

class PackageExporterTest {
    @TempDir
    Path dir;

    private final PackageFixture fx = new PackageFixture();
    private final PackageExporter exporter = new PackageExporter(fx.writer,
            new WorkbookExporter(Clock.fixed(PackageFixture.T0, ZoneOffset.UTC)), fx.json);

    private static final CaseRecord CASE = new CaseRecord("000123", "Ana Ruiz", "ana@example.org", null, "ERO Denver",
            "SELECTED", "2026-03-01", "{\"badge\":\"x\"}", "SIGNED_OFF", "LEO", "NOT_LE", null, 0.91, 1,
            PackageFixture.T0.toString(), PackageFixture.T0.toString(),
            List.of(new CaseRecord.ResumeVersionRecord(1, "Security Officer at a mall, 2019–2024.", "ana.pdf", "PDF",
                    "ab".repeat(32), PackageFixture.T0.toString(), "LEO", 0.77, "screener-2",
                    List.of(new CaseRecord.SpanRecord(0, 16, "Security Officer")),
                    List.of(new CaseRecord.FindingRecord(0, 16, "NON_LE_OFFICER_TITLE", "Private security is not sworn.")))));
    private static final DecisionRecord DECISION = new DecisionRecord("ERO Denver#7", "000123", 1, "ACADEMY",
            "NOT_SWORN_ROLE", "mall security", "rita", PackageFixture.T0.plusSeconds(60).toString(), null, true,
            List.of(new DecisionRecord.SignOffRecord("APPROVED", null, "sam", PackageFixture.T0.plusSeconds(120).toString())));

    private PackageSource source(List<AuditRecord> events) {
        return new PackageSource() {
            @Override
            public String office() {
                return PackageFixture.OFFICE;
            }

            @Override
            public Stream<CaseRecord> cases() {
                return Stream.of(CASE);
            }

            @Override
            public Stream<DecisionRecord> decisions() {
                return Stream.of(DECISION);
            }

            @Override
            public Stream<AuditRecord> auditEvents() {
                return events.stream();
            }

            @Override
            public ExportSource workbookRows() {
                return new ExportSource() {
                    @Override
                    public Stream<DecisionRow> decisions() {
                        return Stream.of(new DecisionRow("000123", "Ana Ruiz", "ERO Denver", "LEO", "NOT_LE", null,
                                "ACADEMY", "NOT_SWORN_ROLE", "mall security", "rita", PackageFixture.T0, "sam",
                                PackageFixture.T0, "SIGNED_OFF"));
                    }

                    @Override
                    public Stream<EvidenceRow> evidence() {
                        return Stream.empty();
                    }

                    @Override
                    public Stream<AuditRow> auditEvents() {
                        return Stream.empty();
                    }
                };
            }
        };
    }

    @Test
    void casesDecisionsAuditAndWorkbookRoundTripThroughASignedEncryptedPackage() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(4, "");
        Path file = dir.resolve("denver-2026-11.slpkg");
        Manifest written = exporter.export(source(events), file, fx.officeSigning, fx.hq.getPublic());

        assertThat(written.count(PackageParts.COUNT_CASES)).isEqualTo(1);
        assertThat(written.count(PackageParts.COUNT_DECISIONS)).isEqualTo(1);
        assertThat(written.count(PackageParts.COUNT_AUDIT_EVENTS)).isEqualTo(4);
        assertThat(written.auditHead()).isEqualTo(PackageFixture.headOf(events));
        assertThat(written.periodFrom()).isEqualTo(events.get(0).occurredAt());
        assertThat(written.periodTo()).isEqualTo(events.get(3).occurredAt());

        try (VerifiedPackage p = fx.verify(file)) {
            List<CaseRecord> cases = new ArrayList<>();
            p.readLines(PackageParts.CASES, CaseRecord.class, cases::add);
            assertThat(cases).containsExactly(CASE);
            List<DecisionRecord> decisions = new ArrayList<>();
            p.readLines(PackageParts.DECISIONS, DecisionRecord.class, decisions::add);
            assertThat(decisions).containsExactly(DECISION);
            List<AuditRecord> audit = new ArrayList<>();
            p.readLines(PackageParts.AUDIT, AuditRecord.class, audit::add);
            assertThat(audit).isEqualTo(events);
            try (InputStream in = p.openPart(PackageParts.WORKBOOK); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet("Decisions").getRow(1).getCell(0).getStringCellValue()).isEqualTo("000123");
            }
        }
        try (Stream<Path> left = java.nio.file.Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void withoutAHeadquartersKeyItRefusesAndSaysHowToRegisterOne() {
        assertThatThrownBy(() -> exporter.export(source(PackageFixture.chain(1, "")), dir.resolve("p.slpkg"),
                fx.officeSigning, null)).isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("register it with 'offices hq --public-key FILE'");
    }
}
