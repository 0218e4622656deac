package io.lien.server.imports.application;

import io.lien.server.imports.model.CatalogueRows;
import io.lien.server.imports.model.CsvReader;
import io.lien.server.imports.model.ImportedVariant;
import io.lien.server.imports.model.Parsed;
import io.lien.server.imports.model.TextInput;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a catalogue — products with their names in every language, prices, photos, and their variants
 * (size, colour, SKU) — from Lien's CSV (one row per variant; comma, semicolon or tab) or JSON (docs/import.md).
 * Idempotent: a product or variant already so is counted unchanged, one that differs is updated, so the same
 * file twice writes nothing the second time and a newer file brings changes. Rows of one product must agree on
 * the product; a variant or a SKU given twice is refused with the line of the first.
 */
public final class CatalogueImport {

    static final int COMMIT_EVERY = 20_000;
    static final int PROGRESS_EVERY = 2_000;

    private final DataSource dataSource;

    public CatalogueImport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether a file looks like a catalogue (a JSON file, or a CSV whose header has the catalogue's columns). */
    public static boolean isCatalogue(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return isJson(in) || CatalogueRows.recognises(header(in));
        }
    }

    public ClientBookImport.Report importFile(Path file, ClientBookImport.Progress progress) throws IOException, SQLException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return importStream(file.getFileName().toString(), in, Files.size(file), progress);
        } catch (CharacterCodingException e) {
            long line;
            try (InputStream again = Files.newInputStream(file)) {
                line = TextInput.lineOfFirstNonUtf8(again);
            }
            throw new IllegalArgumentException("line " + line + ": " + TextInput.NOT_UTF8);
        }
    }

    /**
     * Reads {@code in} (about {@code total} bytes) to its end; a file-level problem is an {@link IllegalArgumentException}
     * with its reason, bytes that are not UTF-8 a {@link CharacterCodingException} (rows before it are written).
     */
    public ClientBookImport.Report importStream(String name, InputStream input, long total, ClientBookImport.Progress progress)
            throws IOException, SQLException {
        long started = System.currentTimeMillis();
        InputStream in = input.markSupported() ? input : new BufferedInputStream(input, 64 * 1024);
        boolean json = isJson(in);
        Counting counted = new Counting(in);
        try (Reader reader = TextInput.utf8(counted); Connection db = dataSource.getConnection();
             CatalogueWriter writer = new CatalogueWriter(db)) {
            db.setAutoCommit(false);
            Run run = new Run(writer);
            String format = json ? readJson(reader, run, counted, total, progress) : readCsv(reader, run, counted, total, progress);
            writer.flush();
            db.commit();
            progress.update(total, total, run.tally.rows);
            return run.tally.report(name, format, writer.written(), started);
        }
    }

    private static String readCsv(Reader reader, Run run, Counting counted, long total, ClientBookImport.Progress progress)
            throws IOException, SQLException {
        String headerLine = firstLine(reader);
        char separator = TextInput.separator(headerLine);
        CsvReader csv = new CsvReader(new java.io.StringReader(headerLine), separator);
        CsvReader.Row header = csv.next();
        if (header == null || !header.ok() || !CatalogueRows.recognises(header.fields())) {
            throw new IllegalArgumentException("the header is not a catalogue's: it needs " + String.join(", ", CatalogueRows.SIGNATURE)
                    + " and name_<language> (docs/import.md); read with a " + TextInput.name(separator) + " between fields");
        }
        Map<String, Integer> columns = columns(header.fields());
        CsvReader rows = new CsvReader(reader, separator);
        CsvReader.Row row;
        while ((row = rows.next()) != null) {
            if (row.ok() && row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                continue;
            }
            run.take(row.line() + 1, row.ok() ? CatalogueRows.read(columns, row.fields()) : Parsed.refused(row.problem()));
            run.tick(counted, total, progress);
        }
        return "lien-catalogue (" + TextInput.name(separator) + ")";
    }

    private static String readJson(Reader reader, Run run, Counting counted, long total, ClientBookImport.Progress progress)
            throws IOException, SQLException {
        try (CatalogueJsonReader json = new CatalogueJsonReader(reader)) {
            CatalogueJsonReader.Row row;
            while ((row = json.next()) != null) {
                run.take(row.line(), row.parsed());
                run.tick(counted, total, progress);
            }
        }
        return "lien-catalogue-json";
    }

    /** The rows of one import: the checks across rows (a product's rows agree, a variant and a SKU once), the tally. */
    private static final class Run {
        final CatalogueWriter writer;
        final Tally tally = new Tally();
        final Map<String, ProductSeen> products = new HashMap<>();
        final Map<String, Long> variants = new HashMap<>();
        final Map<String, String> skus = new HashMap<>();
        final Set<String> skuLines = new HashSet<>();

        Run(CatalogueWriter writer) {
            this.writer = writer;
        }

        record ProductSeen(ImportedVariant first, long line, int[] nextOrder) {
        }

        void take(long line, Parsed<ImportedVariant> parsed) throws SQLException {
            tally.rows++;
            if (parsed instanceof Parsed.Refused<ImportedVariant> r) {
                tally.reject(line, r.reason());
                return;
            }
            ImportedVariant v = ((Parsed.Ok<ImportedVariant>) parsed).value();
            String refusal = acrossRows(line, v);
            if (refusal == null) {
                ProductSeen seen = products.get(v.productId());
                int order = v.sizeOrder() >= 0 ? v.sizeOrder() : seen.nextOrder()[0]++;
                refusal = writer.add(v, order, seen.line() == line);
            }
            if (refusal != null) {
                tally.reject(line, refusal);
            }
        }

        private String acrossRows(long line, ImportedVariant v) {
            ProductSeen seen = products.get(v.productId());
            if (seen != null && !seen.first().sameProduct(v)) {
                return "product " + v.productId() + " is described differently on line " + seen.line()
                        + " (category, collection, price, image and names must be the same on each of its rows)";
            }
            Long twice = variants.get(v.variantId());
            if (twice != null) {
                return "variant " + v.variantId() + " is given twice (first on line " + twice + ")";
            }
            if (v.sku() != null) {
                String owner = skus.get(v.sku());
                if (owner != null) {
                    return "sku " + v.sku() + " is given twice (first for " + owner + ")";
                }
                skus.put(v.sku(), v.variantId());
            }
            if (seen == null) {
                products.put(v.productId(), new ProductSeen(v, line, new int[]{0}));
            }
            variants.put(v.variantId(), line);
            return null;
        }

        void tick(Counting counted, long total, ClientBookImport.Progress progress) throws SQLException {
            if (tally.rows % PROGRESS_EVERY == 0) {
                progress.update(Math.min(counted.count, total), total, tally.rows);
            }
            if (tally.rows % COMMIT_EVERY == 0) {
                writer.flush();
                writer.connection().commit();
            }
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT), i);
        }
        return columns;
    }

    /** The header line, read character by character so the rest stays in the reader (a line longer than a record is refused). */
    private static String firstLine(Reader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                break;
            }
            line.append((char) c);
            if (line.length() > CsvReader.MAX_RECORD) {
                throw new IllegalArgumentException("the header line is longer than " + CsvReader.MAX_RECORD + " characters");
            }
        }
        return line.toString();
    }

    private static boolean isJson(InputStream in) throws IOException {
        in.mark(4096);
        try {
            int b;
            int read = 0;
            while ((b = in.read()) >= 0 && read++ < 4096) {
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return b == '{' || b == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static List<String> header(InputStream in) throws IOException {
        in.mark(CsvReader.MAX_RECORD * 4);
        try {
            Reader reader = TextInput.utf8(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller's stream stays open
                }
            });
            String line = firstLine(reader);
            CsvReader.Row row = new CsvReader(new java.io.StringReader(line), TextInput.separator(line)).next();
            return row == null || !row.ok() ? List.of() : row.fields();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return List.of();
        } finally {
            in.reset();
        }
    }

    /** Bytes read so far, for the progress bar. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }

    private static final class Tally {
        long rows;
        long rejected;
        final Map<String, Long> byReason = new java.util.TreeMap<>();
        final List<ClientBookImport.Rejection> listed = new java.util.ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            byReason.merge(reason.replaceAll("'[^']*'", "…").replaceAll("line \\d+", "line …"), 1L, Long::sum);
            if (listed.size() < ClientBookImport.LISTED_REJECTIONS) {
                listed.add(new ClientBookImport.Rejection(line, reason));
            }
        }

        ClientBookImport.Report report(String name, String format, long written, long started) {
            return new ClientBookImport.Report(name, format, rows, written, rows - rejected - written, rejected, byReason, listed,
                    System.currentTimeMillis() - started);
        }
    }
}
