package org.secondlook.intake;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a DOCX résumé (POI XWPF): body paragraphs one a line, tables row by row with cells
 * separated by tabs. ZipSecureFile limits (set by {@link BatchReader}) guard against zip bombs.
 */
final class DocxTextExtractor {
    String extract(Path file, String shownName) throws RowProblem {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            StringBuilder sb = new StringBuilder();
            appendBody(doc.getBodyElements(), sb);
            return sb.toString();
        } catch (Exception e) {
            if (XlsxProblems.mentions(e, "zip bomb")) {
                throw new RowProblem("résumé file '" + shownName + "' expands to far more data than a document should (a possible zip bomb)");
            }
            throw new RowProblem("résumé file '" + shownName + "' could not be read as a Word .docx document (it is damaged, protected or not a .docx)");
        } catch (OutOfMemoryError e) {
            throw new RowProblem("résumé file '" + shownName + "' needs too much memory to read");
        }
    }

    private static void appendBody(List<IBodyElement> elements, StringBuilder sb) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                sb.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    boolean firstCell = true;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (!firstCell) {
                            sb.append('\t');
                        }
                        firstCell = false;
                        StringBuilder cellText = new StringBuilder();
                        appendBody(cell.getBodyElements(), cellText);
                        sb.append(cellText.toString().strip().replace('\n', ' '));
                    }
                    sb.append('\n');
                }
            }
        }
    }
}
