package org.secondlook.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.secondlook.analysis.Analyzer;
import org.secondlook.analysis.PolicyException;
import org.secondlook.review.decisions.ReasonCodeList;

/**
 * What an office changed without rebuilding: the files in its data directory's {@code config/} folder,
 * each replacing the built-in one when present ({@code reason-codes.properties}, the analysis
 * {@code policy.json} and any of its lexicon files, {@code *.txt}).
 * Loading checks them all, so a mistake stops the start with one sentence naming the file and line.
 */
public final class OfficeConfig {
    public static final String FOLDER = "config";
    public static final String REASON_CODES = "reason-codes.properties";
    public static final String POLICY = "policy.json";
    private static final String BUILT_IN = "built-in";

    private final Path directory;
    private final ReasonCodeList reasonCodes;
    private final Path reasonCodesFile;
    private final Path policyFile;
    private final List<Path> lexiconFiles;
    private final Analyzer officeAnalyzer;

    private OfficeConfig(Path directory, ReasonCodeList reasonCodes, Path reasonCodesFile, Path policyFile,
                         List<Path> lexiconFiles, Analyzer officeAnalyzer) {
        this.directory = directory;
        this.reasonCodes = reasonCodes;
        this.reasonCodesFile = reasonCodesFile;
        this.policyFile = policyFile;
        this.lexiconFiles = lexiconFiles;
        this.officeAnalyzer = officeAnalyzer;
    }

    /** The {@code config/} folder of the data directory {@code dataRoot}. */
    public static Path folderOf(Path dataRoot) {
        return dataRoot.resolve(FOLDER);
    }

    /**
     * Reads and checks the office's files in {@code configDir} (a missing folder or file means built-in).
     *
     * @throws InvalidInputException naming the file and line of the first mistake
     */
    public static OfficeConfig load(Path configDir) {
        Path reasons = configDir.resolve(REASON_CODES);
        Path policy = configDir.resolve(POLICY);
        boolean ownReasons = Files.isRegularFile(reasons);
        boolean ownPolicy = Files.isRegularFile(policy);
        List<Path> lexicons = lexiconFilesIn(configDir);
        // Built (and so checked) now, not at the first import; kept for it.
        Analyzer office = ownPolicy || !lexicons.isEmpty() ? analyzer(configDir) : null;
        return new OfficeConfig(configDir, ownReasons ? ReasonCodeList.read(reasons) : ReasonCodeList.standard(),
                ownReasons ? reasons : null, ownPolicy ? policy : null, lexicons, office);
    }

    /** The analyzer with the office's policy and lexicon files over the built-in ones. */
    private static Analyzer analyzer(Path configDir) {
        try {
            return Analyzer.withOverrides(configDir);
        } catch (PolicyException e) {
            throw new InvalidInputException(configDir + ": " + e.getMessage());
        }
    }

    private static List<Path> lexiconFilesIn(Path configDir) {
        if (!Files.isDirectory(configDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(configDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analyzer in force: the built-in one, or, where this office has its own policy or lexicon
     * files, the built-in files with the office's in their place.
     */
    public Analyzer analyzer() {
        return officeAnalyzer == null ? Analyzer.withDefaultPolicy() : officeAnalyzer;
    }

    public Path directory() {
        return directory;
    }

    public ReasonCodeList reasonCodes() {
        return reasonCodes;
    }

    /** The office's reason codes file, or empty when the built-in list is in force. */
    public Optional<Path> reasonCodesFile() {
        return Optional.ofNullable(reasonCodesFile);
    }

    /** The office's analysis policy file, or empty when the built-in policy is in force. */
    public Optional<Path> policyFile() {
        return Optional.ofNullable(policyFile);
    }

    /** What is in force and where it came from, as {@code name = value} figures in a stable order. */
    public Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("config_dir", directory.toString());
        out.put("reason_codes", reasonCodesFile().map(Path::toString).orElse(BUILT_IN));
        out.put("analysis_policy", policyFile().map(Path::toString).orElse(BUILT_IN));
        out.put("analysis_lexicons", lexiconFiles.isEmpty() ? BUILT_IN
                : "built-in, with " + String.join(", ", lexiconFiles.stream().map(Path::toString).toList()));
        reasonCodes.codes().forEach((code, label) -> out.put("reason." + code, label));
        return out;
    }
}
