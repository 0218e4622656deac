package io.lien.server.imports.application;

import io.lien.server.imports.model.CsvReader;
import io.lien.server.imports.model.Format;
import io.lien.server.imports.model.ImportedClient;
import io.lien.server.imports.model.ImportedOrderLine;
import io.lien.server.imports.model.Parsed;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports one CSV file of clients or order lines into the database (plain JDBC, statement
 * batches, a commit every {@link #COMMIT_EVERY} rows). The format is told by the header. Rows
 * already imported (a client id, an order line's source reference) are counted as unchanged, so
 * importing the same file twice writes nothing the second time, and an import cut short can be
 * run again to finish it.
 */
public final class ClientBookImport {

    /**
     * Rows per transaction: on H2 each commit writes every index page touched since the last one,
     * and order lines touch pages all over the client index, so fewer, larger commits are much
     * cheaper (measured: docs/benchmarks.md).
     */
    static final int COMMIT_EVERY = 50_000;
    static final int PROGRESS_EVERY = 5_000;
    /** Rejections listed one by one in the report; all are counted by reason. */
    static final int LISTED_REJECTIONS = 1_000;

    public record Rejection(long line, String reason) {
    }

    public record Report(String file, String format, long rows, long imported, long unchanged, long rejected,
                         Map<String, Long> rejectedByReason, List<Rejection> rejections, long millis) {

        /** The listed refusals, one "line N: reason" per line. */
        public String rejectionsByLine() {
            StringBuilder s = new StringBuilder();
            rejections.forEach(r -> s.append("line ").append(r.line()).append(": ").append(r.reason()).append('\n'));
            return s.toString();
        }
    }

    /** Told how far the file has been read: characters so far, of about {@code total}. */
    public interface Progress {
        void update(long done, long total, long rows);
    }

    private final DataSource dataSource;
    private final String defaultLanguage;

    public ClientBookImport(DataSource dataSource, String defaultLanguage) {
        this.dataSource = dataSource;
        this.defaultLanguage = defaultLanguage;
    }

    public Report importFile(Path file, Progress progress) throws IOException, SQLException {
        long started = System.currentTimeMillis();
        long total = Files.size(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); Connection db = dataSource.getConnection()) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            Format format = header == null || !header.ok() ? null : Format.detect(header.fields()).orElse(null);
            if (format == null) {
                throw new IllegalArgumentException(file + ": the header is not one Lien reads (docs/import.md lists the formats)");
            }
            db.setAutoCommit(false);
            Format.RowMapper mapper = format.mapper(header.fields(), defaultLanguage);
            Tally tally = new Tally();
            try (Writer writer = format.clients() ? new ClientWriter(db) : new OrderLineWriter(db)) {
                CsvReader.Row row;
                while ((row = csv.next()) != null) {
                    if (row.fields().size() == 1 && row.fields().get(0).isBlank() && row.ok()) {
                        continue;
                    }
                    tally.rows++;
                    Parsed<?> parsed = row.ok() ? mapper.map(row.fields()) : Parsed.refused(row.problem());
                    String refusal = parsed instanceof Parsed.Refused<?> r ? r.reason()
                            : writer.add(((Parsed.Ok<?>) parsed).value());
                    if (refusal == null) {
                        tally.accepted++;
                    } else {
                        tally.reject(row.line(), refusal);
                    }
                    if (tally.rows % PROGRESS_EVERY == 0) {
                        progress.update(csv.charsRead(), total, tally.rows);
                    }
                    if (tally.rows % COMMIT_EVERY == 0) {
                        writer.flush();
                        db.commit();
                    }
                }
                writer.flush();
                db.commit();
                progress.update(total, total, tally.rows);
                return new Report(file.getFileName().toString(), format.code(), tally.rows, writer.written(),
                        tally.accepted - writer.written(), tally.rejected, tally.byReason, tally.listed,
                        System.currentTimeMillis() - started);
            }
        }
    }

    /** Writes accepted rows; answers a refusal that needs the database (unknown client, product). */
    interface Writer extends AutoCloseable {
        String add(Object row) throws SQLException;

        void flush() throws SQLException;

        long written();

        @Override
        void close() throws SQLException;
    }

    private static final class Tally {
        long rows;
        long accepted;
        long rejected;
        final Map<String, Long> byReason = new TreeMap<>();
        final List<Rejection> listed = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            // the reason without the value that caused it, so the counts group
            byReason.merge(reason.replaceAll("'[^']*'", "…"), 1L, Long::sum);
            if (listed.size() < LISTED_REJECTIONS) {
                listed.add(new Rejection(line, reason));
            }
        }
    }

    static ImportedClient client(Object row) {
        return (ImportedClient) row;
    }

    static ImportedOrderLine orderLine(Object row) {
        return (ImportedOrderLine) row;
    }
}
