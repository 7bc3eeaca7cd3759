package org.secondlook.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Makes new workbooks whose style sheet names its default cell style ("Normal", built-in style 0),
 * as Excel's own files do. POI leaves that out, and some readers warn about a workbook without a
 * default style (openpyxl: "Workbook contains no default style").
 */
final class NormalStyleFactory extends XSSFFactory {
    static final String NORMAL = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";
    private static final Pattern AFTER = Pattern.compile("</(\\w+:)?cellXfs>");

    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        if (XSSFRelation.STYLES.getRelation().equals(descriptor.getRelation())) {
            return new NormalStyles();
        }
        return super.newDocumentPart(descriptor);
    }

    /** The style sheet as POI writes it, with the default cell style added after the cell formats. */
    static String withNormalStyle(String stylesXml) {
        if (stylesXml.contains("cellStyles")) {
            return stylesXml;
        }
        Matcher m = AFTER.matcher(stylesXml);
        if (!m.find()) {
            return stylesXml;
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        String element = NORMAL.replace("<cell", "<" + prefix + "cell").replace("</cell", "</" + prefix + "cell");
        return stylesXml.substring(0, m.end()) + element + stylesXml.substring(m.end());
    }

    private static final class NormalStyles extends StylesTable {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            super.writeTo(xml);
            out.write(withNormalStyle(xml.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
