package org.secondlook.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a row's résumé file beside the batch (never outside its folder) and extracts its text.
 * PDF and DOCX extraction runs on a worker thread with a time limit, so a hostile file fails only its row.
 */
final class ResumeLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResumeLoader.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** What a résumé file held; {@code original} is the file's bytes for a PDF small enough to keep, else null. */
    /** @param note something the import report should say about this file (a PDF cut at the page limit), or null */
    record Loaded(String text, String type, byte[] original, String note) {
    }

    /** A PDF résumé up to this size is kept as it came, so its pages can be shown; larger ones keep only their text. */
    static final int MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;

    private final Path folder;
    private final Path realFolder;
    private final ReadLimits limits;
    private final PdfTextExtractor pdf;
    private final DocxTextExtractor docx = new DocxTextExtractor();
    /** Extractions that ran out of time but whose threads have not finished; beyond a few, stop starting more. */
    static final int MAX_STUCK_WORKERS = 4;
    private final AtomicInteger stuck = new AtomicInteger();
    private ExecutorService workers;

    ResumeLoader(Path batchFile, ReadLimits limits) throws IOException {
        Path parent = batchFile.toAbsolutePath().normalize().getParent();
        this.folder = parent;
        this.realFolder = parent.toRealPath();
        this.limits = limits;
        this.pdf = new PdfTextExtractor(limits);
    }

    Loaded load(String given) throws RowProblem {
        String shown = given.strip();
        Path file = resolve(shown);
        String ext = extension(file.getFileName().toString());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' could not be read");
        }
        if (size > limits.maxResumeBytes()) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' is " + (size / ReadLimits.MB) + " MB, more than the "
                    + (limits.maxResumeBytes() / ReadLimits.MB) + " MB a résumé may be");
        }
        byte[] original = null;
        if (ext.equals("pdf")) {
            original = readAll(file, shown);
        }
        byte[] pdfBytes = original;
        String[] note = {null};
        String text = switch (ext) {
            case "txt" -> readTxt(file, shown);
            case "pdf" -> {
                PdfTextExtractor.Text t = bounded(() -> pdf.extractPages(pdfBytes, shown), shown);
                if (t.pages() > limits.maxPdfPages()) {
                    note[0] = "résumé file '" + Quote.of(shown) + "' has " + t.pages() + " pages; only the first "
                            + limits.maxPdfPages() + " were read";
                }
                yield t.text();
            }
            case "docx" -> bounded(() -> docx.extract(file, shown), shown);
            case "doc" -> throw new RowProblem("résumé file '" + Quote.of(shown) + "' is an old Word .doc file; save it as .docx or PDF");
            default -> throw new RowProblem("résumé file '" + Quote.of(shown) + "' is not a .txt, .pdf or .docx file");
        };
        if (text.length() > limits.maxResumeChars()) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' holds more than " + limits.maxResumeChars() + " characters of text");
        }
        if (text.isBlank()) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' contains no text"
                    + (ext.equals("pdf") ? " (a scanned PDF without a text layer?)" : ""));
        }
        return new Loaded(text, ext.toUpperCase(Locale.ROOT),
                original != null && original.length <= MAX_ORIGINAL_BYTES ? original : null, note[0]);
    }

    private static byte[] readAll(Path file, String shown) throws RowProblem {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' could not be read");
        }
    }

    private Path resolve(String shown) throws RowProblem {
        String rel = shown.replace('\\', '/');
        if (rel.startsWith("/") || rel.matches("^[A-Za-z]:.*")) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' must be a path relative to the batch file's folder");
        }
        Path file;
        try {
            file = folder.resolve(rel).normalize();
        } catch (InvalidPathException e) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' is not a valid file name");
        }
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' points outside the batch file's folder");
        }
        if (!Files.exists(file)) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' was not found in the batch file's folder");
        }
        try {
            if (!file.toRealPath().startsWith(realFolder)) {
                throw new RowProblem("résumé file '" + Quote.of(shown) + "' points outside the batch file's folder");
            }
        } catch (IOException e) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' could not be read");
        }
        if (!Files.isRegularFile(file)) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' is not a file");
        }
        if (linkCount(file) > 1) { // a hard link may name a file outside the folder: refused like a symbolic link
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' is a hard link to a file that may lie outside the batch"
                    + " file's folder; send a plain copy of the file");
        }
        if (!Files.isReadable(file)) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' cannot be read (check its permissions)");
        }
        return file;
    }

    /** The number of names the file has (1 for a plain file); 1 where the file system cannot tell. */
    static int linkCount(Path file) {
        try {
            Object n = Files.getAttribute(file, "unix:nlink");
            return n instanceof Integer i ? i : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static String readTxt(Path file, String shown) throws RowProblem {
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' could not be read");
        }
    }

    private <T> T bounded(Callable<T> extraction, String shown) throws RowProblem {
        if (workers == null) {
            workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "resume-extract-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        if (stuck.get() >= MAX_STUCK_WORKERS) {
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' was not read because earlier résumé files in this batch"
                    + " are still being read after their time ran out");
        }
        Watch watch = new Watch();
        Future<T> future = workers.submit(() -> {
            try {
                return extraction.call();
            } finally {
                watch.finished();
            }
        });
        try {
            return future.get(limits.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            watch.timedOut();
            future.cancel(true);
            LOG.warn("Résumé extraction timed out after {} ms", limits.extractionTimeout().toMillis());
            long ms = limits.extractionTimeout().toMillis();
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' took longer than " + (ms < 1000 ? ms + " ms" : ms / 1000 + " s")
                    + " to read and was given up");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RowProblem p) {
                throw p;
            }
            LOG.warn("Résumé extraction failed: {}", e.getCause().getClass().getName());
            throw new RowProblem("résumé file '" + Quote.of(shown) + "' could not be read");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RowProblem("reading résumé file '" + shown + "' was interrupted");
        }
    }

    /** Counts an extraction as stuck from its time-out until its thread finally ends. */
    private final class Watch {
        private boolean done;
        private boolean late;

        synchronized void finished() {
            done = true;
            if (late) {
                stuck.decrementAndGet();
            }
        }

        synchronized void timedOut() {
            if (!done) {
                late = true;
                stuck.incrementAndGet();
            }
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
