package io.lien.server.setup.web;

import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.settings.SetupSettings;
import io.lien.server.setup.application.CatalogueImports;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Head office imports the catalogue: the file is uploaded as the request body (CSV or JSON, up to
 * {@code lien.setup.import-max-bytes}), read in the background, its progress and report polled; the rows
 * refused, with their line and reason, are a CSV of their own. The back office's catalogue page uses the same
 * routes under {@code /office/catalogue} (its session cookie is only sent there), from its own pages only.
 */
@Controller
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogueController {

    /** An import's progress, and once done its report (refusals: the first 100; all of them in …/rejected.csv). */
    @Serdeable
    record JobView(String id, String file, String by, long startedAt, String state, int percent, long rows, @Nullable Long written,
                   @Nullable Long unchanged, @Nullable Long refused, @Nullable Map<String, Long> refusedByReason,
                   @Nullable List<Refusal> refusals, @Nullable String format, @Nullable Long millis, @Nullable String problem) {
        static JobView of(CatalogueImports.Job j) {
            var r = j.report();
            return new JobView(j.id(), j.file(), j.by(), j.startedAt(), j.state(), j.state().equals("done") ? 100 : j.percent(), j.rows(),
                    r == null ? null : r.imported(), r == null ? null : r.unchanged(), r == null ? null : r.rejected(),
                    r == null ? null : r.rejectedByReason(),
                    r == null ? null : r.rejections().stream().limit(100).map(x -> new Refusal(x.line(), x.reason())).toList(),
                    r == null ? null : r.format(), r == null ? null : r.millis(), j.problem());
        }
    }

    @Serdeable
    record Refusal(long line, String reason) {
    }

    /** A product of the catalogue as head office manages it: names by language, price, photo, whether retired. */
    @Serdeable
    record ProductLine(String id, Map<String, String> names, String category, @Nullable String collection, int priceCents,
                       @Nullable String imageUrl, boolean retired) {
        static ProductLine of(io.lien.server.registry.Product p) {
            return new ProductLine(p.id(), p.names().byLanguage(), p.category(), p.collection(), p.priceCents(), p.imageUrl(), p.retired());
        }
    }

    private final CatalogueImports imports;
    private final io.lien.server.setup.application.CatalogueProducts products;
    private final long maxBytes;

    CatalogueController(CatalogueImports imports, io.lien.server.setup.application.CatalogueProducts products, SetupSettings settings) {
        this.imports = imports;
        this.products = products;
        this.maxBytes = settings.importMaxBytes();
    }

    @Post(value = "/api/admin/catalogue{?name}", consumes = {"text/csv", MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    HttpResponse<JobView> upload(@Body InputStream body, @Nullable @QueryValue String name, Operator who) throws IOException {
        return receive(body, name, who, "/api/admin/catalogue/imports/");
    }

    @Post(value = "/office/catalogue/upload{?name}", consumes = {"text/csv", MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN})
    HttpResponse<JobView> uploadFromPage(HttpRequest<?> request, @Body InputStream body, @Nullable @QueryValue String name, Operator who)
            throws IOException {
        OfficeAccess.sameOrigin(request);
        return receive(body, name, who, "/office/catalogue/imports/");
    }

    private HttpResponse<JobView> receive(InputStream body, @Nullable String name, Operator who, String jobs) throws IOException {
        Path file = Files.createTempFile("lien-catalogue-", ".upload");
        try {
            copy(body, file);
        } catch (Problems.TooLarge | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String shown = name == null || name.isBlank() ? "catalogue" : name.strip();
        CatalogueImports.Job job = SetupAnswers.done(imports.start(who, shown.length() > 120 ? shown.substring(0, 120) : shown, file));
        return HttpResponse.accepted(URI.create(jobs + job.id())).body(JobView.of(job));
    }

    private void copy(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                copied += n;
                if (copied > maxBytes) {
                    throw new Problems.TooLarge("problem.setup.import-too-large", maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        if (copied == 0) {
            throw new Problems.BadRequest("problem.setup.import-empty");
        }
    }

    /** Products whose id or a name contains {@code q}, by name, at most {@code limit} (100). */
    @Get("/api/admin/catalogue/products{?q,limit}")
    List<ProductLine> products(@Nullable @QueryValue String q, @Nullable @QueryValue Integer limit, io.lien.server.web.ReaderLanguage language) {
        return products.find(q, language.locale(), limit == null ? 100 : limit).stream().map(ProductLine::of).toList();
    }

    /** Takes a product out of the catalogue (kept for the orders and visits that name it); 409 while hangers carry it. */
    @io.micronaut.http.annotation.Delete("/api/admin/catalogue/products/{productId}")
    ProductLine retire(@PathVariable String productId, Operator who) {
        return ProductLine.of(SetupAnswers.done(() -> products.retire(who, productId)));
    }

    @Post("/api/admin/catalogue/products/{productId}/restore")
    ProductLine restore(@PathVariable String productId, Operator who) {
        return ProductLine.of(SetupAnswers.done(() -> products.restore(who, productId)));
    }

    @Get("/api/admin/catalogue/imports")
    List<JobView> latest() {
        return imports.latest().stream().map(JobView::of).toList();
    }

    @Get("/api/admin/catalogue/imports/{id}")
    JobView job(@PathVariable String id) {
        return imports.job(id).map(JobView::of).orElseThrow(() -> new Problems.NotFound("problem.setup.no-import", cut(id)));
    }

    /** The progress the catalogue page polls. */
    @Get("/office/catalogue/imports/{id}")
    JobView jobForPage(@PathVariable String id) {
        return imports.job(id).map(JobView::of).orElseThrow(() -> new Problems.NotFound("problem.setup.no-import", cut(id)));
    }

    /** Every refused row of a finished import (up to the report's 1,000), as CSV: line, reason. */
    @Get("/api/admin/catalogue/imports/{id}/rejected.csv")
    @Produces("text/csv")
    HttpResponse<String> refused(@PathVariable String id) {
        return refusedCsv(id);
    }

    @Get("/office/catalogue/imports/{id}/rejected.csv")
    @Produces("text/csv")
    HttpResponse<String> refusedFromPage(@PathVariable String id) {
        return refusedCsv(id);
    }

    private HttpResponse<String> refusedCsv(String id) {
        CatalogueImports.Job job = imports.job(id).orElseThrow(() -> new Problems.NotFound("problem.setup.no-import", cut(id)));
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("line", "reason").get().print(csv)) {
            if (job.report() != null) {
                for (var r : job.report().rejections()) {
                    printer.printRecord(r.line(), r.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(csv.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"refused-rows.csv\"");
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
