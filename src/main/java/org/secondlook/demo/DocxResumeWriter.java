package org.secondlook.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a plain-text résumé as a Word document (one paragraph a line; headings bold) with POI. */
final class DocxResumeWriter {
    void write(String text, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            String[] lines = text.split("\n", -1);
            int n = lines.length;
            if (n > 0 && lines[n - 1].isEmpty()) {
                n--;
            }
            for (int i = 0; i < n; i++) {
                String line = lines[i];
                XWPFRun run = doc.createParagraph().createRun();
                boolean heading = !line.isBlank() && line.equals(line.toUpperCase(Locale.US)) && line.length() < 40
                        && line.chars().anyMatch(Character::isLetter);
                run.setBold(heading || i == 0);
                if (i == 0) {
                    run.setFontSize(14);
                }
                run.setText(line);
            }
            doc.write(out);
        }
    }
}
