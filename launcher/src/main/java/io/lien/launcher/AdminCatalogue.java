package io.lien.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.FileNotFoundException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lien admin catalogue FILE}: uploads a catalogue to a running server, shows the import's progress, prints its report. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = {"Imports a catalogue (CSV or JSON, docs/import.md) into a running server,",
        "with a progress bar and the rows refused and why. Importing again changes only what changed."})
final class AdminCatalogue implements Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Parameters(paramLabel = "FILE", description = "catalogue.csv or catalogue.json")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        JsonNode job = admin.send(admin.request("/api/admin/catalogue?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header("Content-Type", name.toLowerCase(Locale.ROOT).endsWith(".json") ? "application/json" : "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        ImportCommand.Bar bar = new ImportCommand.Bar(name, System.err);
        while (job.path("state").asText().equals("running")) {
            bar.update(job.path("percent").asLong(), 100, job.path("rows").asLong());
            Thread.sleep(250); // the server's progress, polled (a CLI has no Awaitility)
            job = admin.call("GET", "/api/admin/catalogue/imports/" + job.path("id").asText(), null);
        }
        if (job.path("state").asText().equals("failed")) {
            System.err.println();
            System.err.println(name + ": " + job.path("problem").asText());
            return 1;
        }
        bar.update(100, 100, job.path("rows").asLong());
        System.out.printf(Locale.ROOT, "%s (%s): %,d rows — %,d written, %,d unchanged, %,d refused — %.1f s%n", name,
                job.path("format").asText(), job.path("rows").asLong(), job.path("written").asLong(), job.path("unchanged").asLong(),
                job.path("refused").asLong(), job.path("millis").asLong() / 1000.0);
        job.path("refusedByReason").fields().forEachRemaining(e -> System.out.printf(Locale.ROOT, "  %,8d × %s%n", e.getValue().asLong(), e.getKey()));
        for (JsonNode r : job.path("refusals")) {
            System.out.printf(Locale.ROOT, "  line %,d: %s%n", r.path("line").asLong(), r.path("reason").asText());
        }
        return 0;
    }
}
