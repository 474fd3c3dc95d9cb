package nl.kringwerk.export.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Dutch Excel opens it with a double click: UTF-8 with a byte order mark, semicolons between
 * fields, CRLF line ends, a field quoted when it holds a semicolon, quote or line break (RFC 4180).
 */
public final class Csv {

    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    public Csv row(@Nullable Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(quote(fields[i] == null ? "" : String.valueOf(fields[i])));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String field) {
        if (field.indexOf(SEPARATOR) < 0
                && field.indexOf('"') < 0
                && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Reads a file written by {@link Csv}: the rows with their fields, the header first. */
    public static List<List<String>> read(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith(BOM)) {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == SEPARATOR) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
