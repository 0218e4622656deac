package io.lien.server.setup.application;

import io.lien.server.imports.application.CatalogueImport;
import io.lien.server.imports.application.ClientBookImport;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Operator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Catalogue imports run by the server, one at a time, in the background: an upload is taken to a file, read on
 * a thread of its own (a page polls its progress), then the registry is read again so that advisors, racks and
 * mirrors see the new products at once. The latest imports are kept in memory with their reports.
 */
@Singleton
public class CatalogueImports {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueImports.class);
    static final int KEPT = 20;

    /** An import as a page shows it: how far, and once done what it did (or why it stopped). */
    public record Job(String id, String file, String by, long startedAt, String state, long done, long total, long rows,
                      @Nullable ClientBookImport.Report report, @Nullable String problem) {
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    private final DataSource dataSource;
    private final DeviceRegistry registry;
    private final SetupAudit audit;
    private final Map<String, AtomicReference<Job>> jobs = new LinkedHashMap<>();

    CatalogueImports(DataSource dataSource, DeviceRegistry registry, SetupAudit audit) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.registry = registry;
        this.audit = audit;
    }

    /** Starts importing {@code file} (taken over: deleted once read); a clash while another import runs. */
    public synchronized SetupOutcome<Job> start(Operator who, String name, Path file) throws IOException {
        if (jobs.values().stream().anyMatch(j -> j.get().state().equals("running"))) {
            Files.deleteIfExists(file);
            return SetupOutcome.clash("problem.setup.import-running");
        }
        String id = UUID.randomUUID().toString();
        long size = Files.size(file);
        AtomicReference<Job> job = new AtomicReference<>(new Job(id, name, who.username(), System.currentTimeMillis(), "running", 0, size, 0,
                null, null));
        jobs.put(id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        Thread thread = new Thread(() -> run(who, name, file, job), "catalogue-import");
        thread.setDaemon(true);
        thread.start();
        return new SetupOutcome.Done<>(job.get());
    }

    private void run(Operator who, String name, Path file, AtomicReference<Job> job) {
        try {
            ClientBookImport.Report report = new CatalogueImport(dataSource).importFile(file, (done, total, rows) ->
                    job.updateAndGet(j -> new Job(j.id(), j.file(), j.by(), j.startedAt(), j.state(), done, total, rows, null, null)));
            registry.reload();
            job.updateAndGet(j -> new Job(j.id(), j.file(), j.by(), j.startedAt(), "done", j.total(), j.total(), report.rows(), report, null));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rows", report.rows());
            after.put("written", report.imported());
            after.put("unchanged", report.unchanged());
            after.put("refused", report.rejected());
            audit.record(who, null, "catalogue", cut(name), "imported", null, after);
            LOG.info("Catalogue {} imported by {}: {} rows, {} written, {} unchanged, {} refused", name, who.username(), report.rows(),
                    report.imported(), report.unchanged(), report.rejected());
        } catch (IllegalArgumentException e) {
            fail(job, e.getMessage());
        } catch (Exception e) {
            LOG.error("Catalogue import {} failed", name, e);
            fail(job, "the import stopped on Lien's side (it is logged); rows read before were written, importing again is safe");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Upload {} not deleted: {}", file, e.toString());
            }
        }
    }

    private static void fail(AtomicReference<Job> job, String problem) {
        job.updateAndGet(j -> new Job(j.id(), j.file(), j.by(), j.startedAt(), "failed", j.done(), j.total(), j.rows(), null, problem));
    }

    public synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(AtomicReference::get);
    }

    /** The latest imports, newest first. */
    public synchronized List<Job> latest() {
        List<Job> all = new ArrayList<>(jobs.values().stream().map(AtomicReference::get).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
