package org.secondlook.intake;

import java.util.Map;

/**
 * One row as read from the batch, before validation.
 *
 * @param rowNumber as a spreadsheet user sees it (CSV/XLSX: header is row 1), or the JSON Lines line number
 * @param fields    normalised column name → value as written (null or absent when empty)
 */
record RawRow(int rowNumber, Map<String, String> fields) {
    String get(String column) {
        return fields.get(column);
    }
}
