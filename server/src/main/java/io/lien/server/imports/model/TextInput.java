package io.lien.server.imports.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files as people send them: UTF-8 (a byte that is not UTF-8 stops the read with a clear reason —
 * a spreadsheet saved as "CSV" in Latin-1 — rather than importing garbled names), with or without a byte
 * order mark, with a comma, a semicolon (spreadsheets set to French) or a tab between fields.
 */
public final class TextInput {

    /** What a person should do when a file is not UTF-8. */
    public static final String NOT_UTF8 = "the file is not UTF-8 text: save it as \"CSV UTF-8\" (or UTF-8 JSON) and import it again";

    private TextInput() {
    }

    /** A strict UTF-8 reader that skips a leading byte order mark. */
    public static Reader utf8(InputStream in) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The line (1-based) of the first bytes that are not UTF-8 (a line feed byte is never inside a UTF-8 sequence). */
    public static long lineOfFirstNonUtf8(InputStream in) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(64 * 1024);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(64 * 1024);
        long line = 1;
        byte[] chunk = new byte[32 * 1024];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n).flip();
            int start = bytes.position();
            java.nio.charset.CoderResult result = strict.decode(bytes, chars, false);
            line += newlines(bytes, start, bytes.position());
            if (result.isError()) {
                return line;
            }
            chars.clear();
            bytes.compact();
        }
        return line;
    }

    private static long newlines(java.nio.ByteBuffer bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            count += bytes.get(i) == '\n' ? 1 : 0;
        }
        return count;
    }

    /**
     * The separator of a header line: the one of {@code , ; \t} that appears most often outside quotes
     * (a comma when there is none: a one-column file).
     */
    public static char separator(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** How a person names a separator in a report. */
    public static String name(char separator) {
        return separator == ';' ? "semicolon" : separator == '\t' ? "tab" : "comma";
    }
}
