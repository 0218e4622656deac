package io.lien.server.imports.model;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: commas (or another separator), double quotes ("" inside quotes), line breaks inside quoted
 * fields, CRLF or LF. Written for files from anywhere: a record longer than {@link #MAX_RECORD}
 * characters or with more than {@link #MAX_FIELDS} fields is reported and skipped, never loaded
 * whole; an unterminated quote ends at the end of the file as one bad record.
 */
public final class CsvReader {

    public static final int MAX_RECORD = 64 * 1024;
    public static final int MAX_FIELDS = 256;

    /** One record, or why it could not be read; {@code line} is where it starts (1-based). */
    public record Row(long line, List<String> fields, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[64 * 1024];
    private int length;
    private int pos;
    private long line = 1;
    private long charsRead;

    public CsvReader(Reader in) {
        this(in, ',');
    }

    /** With another separator than the comma: {@code ;} (spreadsheets set to French), a tab. */
    public CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The line the next record starts on (1-based): where a read failed, for a message. */
    public long line() {
        return line;
    }

    /** Characters consumed so far (for progress). */
    public long charsRead() {
        return charsRead;
    }

    /** The next record, or {@code null} at the end of the input. */
    public Row next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int size = 0;
        String problem = null;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    problem = "a quoted field is never closed";
                }
                break;
            }
            if (++size > MAX_RECORD && problem == null) {
                problem = "record longer than " + MAX_RECORD + " characters";
            }
            if (quoted) {
                if (c == '"') {
                    int n = peek();
                    if (n == '"') {
                        read();
                        append(field, '"', problem);
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, problem);
                }
            } else if (c == separator) {
                addField(fields, field);
                afterQuote = false;
                if (fields.size() > MAX_FIELDS && problem == null) {
                    problem = "more than " + MAX_FIELDS + " fields";
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                break;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                append(field, (char) c, problem);
            }
            c = read();
        }
        addField(fields, field);
        return new Row(start, problem == null ? fields : List.of(), problem);
    }

    private static void append(StringBuilder field, char c, String problem) {
        if (problem == null) {
            field.append(c);
        }
    }

    private static void addField(List<String> fields, StringBuilder field) {
        if (fields.size() <= MAX_FIELDS) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private int read() throws IOException {
        if (pos == length && !fill()) {
            return -1;
        }
        charsRead++;
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pos == length && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        length = in.read(buffer);
        pos = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }
}
