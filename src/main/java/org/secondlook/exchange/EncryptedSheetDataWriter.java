package org.secondlook.exchange;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * One sheet's rows on their way to the encrypted temporary file ({@link SheetDataWriterWithDecorator}: AES, key in
 * memory only), writing the same XML as POI's writer at a fraction of its cost (issue 17: POI's writer was most of
 * the export's longest thread). POI hands every character to a synchronized {@code BufferedWriter} and a charset
 * encoder, and builds a cell reference object per cell; here text is escaped in runs into a plain UTF-8 buffer
 * ({@link Utf8Writer}), and the references of plain text and number cells are written from the row and column
 * numbers. Other cell kinds (formulas, booleans, errors) go through POI's own code.
 */
final class EncryptedSheetDataWriter extends SheetDataWriterWithDecorator {
    /** Column letters A..ZZ, computed once. */
    private static final String[] COLUMNS = columns(26 * 27);
    private int rowNumber;

    EncryptedSheetDataWriter() throws IOException {
        super();
    }

    /** Called by the constructor of POI's writer, before this class's fields are set: uses none of them. */
    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        OutputStream decorated;
        try {
            decorated = decorateOutputStream(fos);
        } catch (RuntimeException e) {
            fos.close();
            throw e;
        }
        return new Utf8Writer(decorated);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = rownum + 1;
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(columnIndex < COLUMNS.length ? COLUMNS[columnIndex] : CellReference.convertNumToColString(columnIndex));
        _out.write(Integer.toString(rowNumber));
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(style));
            _out.write('"');
        }
        if (type == CellType.BLANK) {
            _out.write('>');
        } else if (type == CellType.NUMERIC) {
            _out.write(" t=\"n\"><v>");
            _out.write(Double.toString(cell.getNumericCellValue()));
            _out.write("</v>");
        } else {
            String text = cell.getStringCellValue();
            _out.write(" t=\"inlineStr\"><is><t");
            if (edgeSpace(text)) {
                _out.write(" xml:space=\"preserve\"");
            }
            _out.write('>');
            outputEscapedString(text);
            _out.write("</t></is>");
        }
        _out.write("</c>");
    }

    private static boolean edgeSpace(String s) {
        return s != null && !s.isEmpty()
                && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /**
     * XML text as POI writes it: markup characters and line breaks, tabs and no-break spaces as entities, other
     * control characters and the non-characters U+FFFE and U+FFFF as {@code '?'}; everything else as it is, in runs.
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int run = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                if (i > run) {
                    _out.write(s, run, i - run);
                }
                _out.write(escape);
                run = i + 1;
            }
        }
        if (run < s.length()) {
            _out.write(s, run, s.length() - run);
        }
    }

    /** What stands for {@code c} in the XML, or null when it is written as it is. */
    private static String escape(char c) {
        if (c >= '?' && c < '\u00A0') {
            return null; // letters and most punctuation: the common case first
        }
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            case '\n': return "&#xa;";
            case '\r': return "&#xd;";
            case '\t': return "&#x9;";
            case '\u00A0': return "&#xa0;";
            default:
                return c < ' ' || c >= '\uFFFE' ? "?" : null;
        }
    }

    private static String[] columns(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = CellReference.convertNumToColString(i);
        }
        return names;
    }
}
