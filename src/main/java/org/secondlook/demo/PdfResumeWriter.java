package org.secondlook.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays a plain-text résumé out on Letter pages (Helvetica, wrapped at word boundaries) with PDFBox. */
final class PdfResumeWriter {
    private static final float SIZE = 10.5f;
    private static final float LEADING = 13.5f;
    private static final float MARGIN = 60;

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    void write(String text, Path file) throws IOException {
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        try (PDDocument doc = new PDDocument()) {
            PDPageContentStream cs = null;
            float y = 0;
            for (String raw : text.split("\n", -1)) {
                String line = printable(raw.replace('\t', ' '));
                boolean heading = !line.isBlank() && line.equals(line.toUpperCase(java.util.Locale.US)) && line.length() < 40
                        && line.chars().anyMatch(Character::isLetter);
                for (String part : wrap(line, heading ? bold : font, width)) {
                    if (cs == null || y < MARGIN) {
                        if (cs != null) {
                            cs.endText();
                            cs.close();
                        }
                        PDPage page = new PDPage(PDRectangle.LETTER);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        cs.beginText();
                        cs.setLeading(LEADING);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                        cs.newLineAtOffset(MARGIN, y);
                    }
                    cs.setFont(heading ? bold : font, SIZE);
                    cs.showText(part);
                    cs.newLine();
                    y -= LEADING;
                }
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.getDocument().getTrailer().setItem(COSName.ID, fixedId(text));
            doc.save(file.toFile());
        }
    }

    /** A document id derived from the text, so the same résumé gives the same file. */
    private static COSArray fixedId(String text) {
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            try {
                font.encode(String.valueOf(c));
                sb.append(c);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    private static List<String> wrap(String line, PDType1Font f, float width) throws IOException {
        List<String> out = new ArrayList<>();
        if (f.getStringWidth(line) / 1000 * SIZE <= width) {
            out.add(line);
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && f.getStringWidth(candidate) / 1000 * SIZE > width) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }
}
