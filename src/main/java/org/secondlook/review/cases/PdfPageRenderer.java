package org.secondlook.review.cases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.LogSafe;

/**
 * Renders the first pages of a stored PDF résumé as PNG images (PDFBox), bounded like intake's text
 * extraction: main memory only, a page cap, a pixel cap per page, and a time limit on a worker thread.
 */
final class PdfPageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPageRenderer.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    static final float DPI = 96f;
    /** The longest side of a rendered page, in pixels: an oversized page is drawn smaller, never larger. */
    static final int MAX_SIDE_PIXELS = 2400;
    static final long MAX_PDF_MEMORY_BYTES = 256L * 1024 * 1024;
    private static final String UNREADABLE = "The original PDF could not be shown (it may be damaged); the résumé text is still shown.";

    private final int maxPages;
    private final Duration timeout;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pdf-render-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    PdfPageRenderer(int maxPages, Duration timeout) {
        this.maxPages = maxPages;
        this.timeout = timeout;
    }

    /** Five pages, 20 seconds: enough for a résumé, bounded for a hostile file. */
    static PdfPageRenderer defaults() {
        return new PdfPageRenderer(5, Duration.ofSeconds(20));
    }

    OriginalPages render(byte[] pdf) {
        Future<OriginalPages> future = workers.submit(() -> renderNow(pdf));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Rendering a PDF résumé timed out after {} ms", timeout.toMillis());
            throw new InvalidInputException("The original PDF took too long to show; the résumé text is still shown.");
        } catch (ExecutionException e) {
            LOG.warn("Rendering a PDF résumé failed: {}", LogSafe.describe(e.getCause()));
            throw new InvalidInputException(UNREADABLE, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidInputException("Showing the original PDF was interrupted.");
        }
    }

    private OriginalPages renderNow(byte[] pdf) throws IOException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY_BYTES);
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null, memory.streamCache)) {
            int count = doc.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pngs = new ArrayList<>();
            for (int i = 0; i < Math.min(count, maxPages) && !Thread.currentThread().isInterrupted(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpiFor(doc.getPage(i).getCropBox()), ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pngs.add(png.toByteArray());
            }
            return new OriginalPages(pngs, count);
        } catch (OutOfMemoryError e) {
            throw new IOException("the PDF needs too much memory to render");
        }
    }

    /** 96 dpi, or less for a page so large that its longest side would pass the pixel cap. */
    static float dpiFor(PDRectangle box) {
        float longest = Math.max(box.getWidth(), box.getHeight());
        if (longest <= 0) {
            return DPI;
        }
        return Math.min(DPI, MAX_SIDE_PIXELS * 72f / longest);
    }
}
