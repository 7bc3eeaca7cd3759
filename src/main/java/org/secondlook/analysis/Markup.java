package org.secondlook.analysis;

import java.util.Set;

/**
 * HTML left in a pasted résumé, read where the text is folded: a tag of the HTML vocabulary becomes as
 * many spaces as it has characters (a closing block tag or a line break starts a new line at its
 * {@code <}), an entity ("&amp;ndash;", "&amp;#8226;", "&amp;amp;") its character and spaces. Every
 * character keeps its place, so the offset map stays exact. Looked at only on a {@code <} or an
 * {@code &}; a look is bounded by {@link #TAG_CHARS} or {@link #ENTITY_CHARS}.
 */
final class Markup {
    /** The longest tag read ("&lt;div class=... style=..."&gt;). */
    static final int TAG_CHARS = 300;
    /** The longest entity read ("&amp;#x2022;", "&amp;hellip;"). */
    private static final int ENTITY_CHARS = 10;
    /** Tags whose end, or a line break, ends a line of the text. */
    private static final Set<String> BLOCK = Set.of("div", "p", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "section", "header", "footer", "hr", "article", "dd", "dt", "dl", "body", "html", "head",
            "title", "tbody", "thead", "blockquote", "pre");
    private static final Set<String> INLINE = Set.of("span", "b", "i", "u", "strong", "em", "a", "font", "small", "sup", "sub",
            "label", "center", "big", "mark", "abbr", "cite", "meta", "link", "img", "style", "o:p");

    private Markup() {
    }

    /**
     * The end (exclusive) of an HTML tag that opens at {@code src[i] == '<'}, or -1 when none does (a
     * "&lt;5 years", an address in angle brackets).
     */
    static int tagEnd(char[] src, int i, int n) {
        int j = i + 1;
        if (j < n && src[j] == '/') {
            j++;
        }
        int nameStart = j;
        while (j < n && j - nameStart < 10 && (Character.isLetterOrDigit(src[j]) || src[j] == ':')) {
            j++;
        }
        if (j == nameStart || j >= n || src[j] != '>' && src[j] != ' ' && src[j] != '/') {
            return -1;
        }
        String name = new String(src, nameStart, j - nameStart).toLowerCase(java.util.Locale.ROOT);
        if (!BLOCK.contains(name) && !INLINE.contains(name)) {
            return -1;
        }
        for (int k = j; k < n && k - i < TAG_CHARS; k++) {
            if (src[k] == '>') {
                return k + 1;
            }
            if (src[k] == '\n' || src[k] == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The tag at {@code src[i]} ends a line: a closing block tag, or a line break ("&lt;br&gt;", "&lt;br/&gt;"),
     * unless the line ends right after it anyway (no blank line is made).
     */
    static boolean breaksLine(char[] src, int i, int end) {
        int after = end;
        while (after < src.length && (src[after] == ' ' || src[after] == '\t')) {
            after++;
        }
        if (after >= src.length || src[after] == '\n' || src[after] == '\r') {
            return false;
        }
        boolean closing = src[i + 1] == '/';
        int s = closing ? i + 2 : i + 1;
        int e = s;
        while (e < end && Character.isLetterOrDigit(src[e])) {
            e++;
        }
        String name = new String(src, s, e - s).toLowerCase(java.util.Locale.ROOT);
        return name.equals("br") || closing && BLOCK.contains(name);
    }

    /** The end (exclusive) of an entity at {@code src[i] == '&'}, or -1. */
    static int entityEnd(char[] src, int i, int n) {
        for (int k = i + 1; k < n && k - i <= ENTITY_CHARS; k++) {
            char c = src[k];
            if (c == ';') {
                return k > i + 1 ? k + 1 : -1;
            }
            if (!Character.isLetterOrDigit(c) && !(c == '#' && k == i + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** The folded character an entity stands for ("-" for a dash, " " for a bullet or an unknown one). */
    static char entityChar(char[] src, int i, int end) {
        String name = new String(src, i + 1, end - i - 2);
        if (name.startsWith("#")) {
            int code;
            try {
                code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                return ' ';
            }
            if (code == 8211 || code == 8212 || code == 45) {
                return '-';
            }
            if (code == 39 || code == 8217 || code == 8216) {
                return '\'';
            }
            if (code == 38) {
                return '&';
            }
            return code < 128 && Character.isLetterOrDigit(code) ? Character.toLowerCase((char) code) : ' ';
        }
        switch (name) {
            case "ndash": case "mdash": case "minus": case "hyphen":
                return '-';
            case "amp":
                return '&';
            case "apos": case "rsquo": case "lsquo":
                return '\'';
            case "quot": case "ldquo": case "rdquo":
                return '"';
            case "lt":
                return '<';
            case "gt":
                return '>';
            default:
                return ' ';
        }
    }
}
