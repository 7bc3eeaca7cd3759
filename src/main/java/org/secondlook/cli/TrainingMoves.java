package org.secondlook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.WaiverReason;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.RemediationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The {@code training} sub-commands that change a record: attach, verify, move, approve. */
final class TrainingMoves {
    private TrainingMoves() {
    }

    /** {@code training attach ID --certificate FILE}. */
    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = "Keep a certificate (PDF) as evidence inside the encrypted database; IN_TRAINING becomes COMPLETED.")
    static class Attach implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Option(names = "--certificate", required = true, paramLabel = "FILE", description = "The academy's PDF certificate.")
        Path certificate;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(certificate)) {
                throw new InvalidInputException("The certificate " + certificate + " does not exist: check the path.");
            }
            if (Files.size(certificate) > 20L * 1024 * 1024) {
                throw new InvalidInputException("The certificate is larger than 20 MB; attach a smaller PDF.");
            }
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(certificate);
            } catch (IOException e) {
                throw new InvalidInputException("The certificate " + certificate + " cannot be read: " + e.getMessage(), e);
            }
            try (ReviewSession session = training.root.login()) {
                String id = applicantId.strip();
                String sha = session.remediation().attachCertificate(id, certificate.getFileName().toString(), pdf);
                training.root.out().println("Attached the certificate to case " + id + ".");
                training.root.out().println("sha256 = " + sha);
                return ExitCode.OK;
            }
        }
    }

    /** {@code training verify ID}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify a COMPLETED record (a supervisor who did not attach or import its evidence).")
    static class Verify implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession session = training.root.login()) {
                session.remediation().verify(applicantId.strip());
                training.root.out().println("Verified the training completion of case " + applicantId.strip() + ".");
                return ExitCode.OK;
            }
        }
    }

    /** {@code training move ID --to STATE [--class C --report-date D | --reason R --authority A | --note N]}. */
    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a record to NOTIFIED, SCHEDULED (--class, --report-date), IN_TRAINING, COMPLETED, FAILED"
                    + " or SEPARATED; --to WAIVED with --reason and --authority asks for a waiver a second supervisor"
                    + " approves.")
    static class Move implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Option(names = "--to", required = true, paramLabel = "STATE", description = "The state to move to.")
        String to;

        @Option(names = "--class", paramLabel = "C", description = "The academy class (with --to SCHEDULED).")
        String classNumber;

        @Option(names = "--report-date", paramLabel = "D", description = "YYYY-MM-DD (with --to SCHEDULED).")
        String reportDate;

        @Option(names = "--reason", paramLabel = "R",
                description = "Waiver reason: EQUIVALENT_TRAINING, ADMINISTRATIVE or OTHER (with --to WAIVED).")
        String reason;

        @Option(names = "--authority", paramLabel = "A", description = "The document that allows the waiver.")
        String authority;

        @Option(names = "--note", paramLabel = "N", description = "A note for the record (needed for waiver reason OTHER).")
        String note;

        @Override
        public Integer call() throws Exception {
            RemediationState target = TrainingCommand.state(to);
            String id = applicantId.strip();
            boolean waiver = target == RemediationState.WAIVED;
            if (!waiver && (reason != null || authority != null)) {
                throw new InvalidInputException("--reason and --authority go with --to WAIVED only.");
            }
            if (target != RemediationState.SCHEDULED && (classNumber != null || reportDate != null)) {
                throw new InvalidInputException("--class and --report-date go with --to SCHEDULED only.");
            }
            try (ReviewSession session = training.root.login()) {
                RemediationService s = session.remediation();
                if (waiver && (reason != null || authority != null)) {
                    WaiverReason why;
                    try {
                        why = WaiverReason.parse(reason);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException(e.getMessage());
                    }
                    s.requestWaiver(id, why, note, authority);
                    training.root.out().println("Asked to waive the training of case " + id
                            + "; another supervisor approves it with: training approve " + id);
                    return ExitCode.OK;
                }
                s.move(id, new RemediationService.MoveRequest(target, classNumber,
                        reportDate == null ? null : TrainingCommand.date(reportDate, "--report-date"), note));
                training.root.out().println("Moved the training record of case " + id + " to " + target + ".");
                return ExitCode.OK;
            }
        }
    }

    /** {@code training approve ID}: a second supervisor approves a waiver. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a waiver someone else asked for; the record becomes WAIVED (supervisors).")
    static class Approve implements Callable<Integer> {
        @ParentCommand
        TrainingCommand training;

        @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
        String applicantId;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession session = training.root.login()) {
                session.remediation().approveWaiver(applicantId.strip());
                training.root.out().println("Approved the waiver; the training record of case " + applicantId.strip()
                        + " is WAIVED.");
                return ExitCode.OK;
            }
        }
    }
}
