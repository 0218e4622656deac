package io.lien.launcher;

import io.lien.server.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The Lien server alone, as a store's box or a chain's backend runs it. */
@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Runs the Lien server: its MQTT broker (embedded unless configured), the database (H2 in the data "
                + "folder unless LIEN_DB_URL says otherwise), the REST API, pages and live streams.",
                "Every setting is in docs/configuration.md; a wrong or unknown one stops the server with its name."})
final class ServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: LIEN_HTTP_PORT, else 8080)")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "the data folder (default: LIEN_DATA_DIR, else ./data)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "a YAML or properties file of settings (docs/configuration.md)")
    Path config;

    @Option(names = "--no-demo", description = "start without writing the demo store into an empty database")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> props = new HashMap<>();
        if (port != null) {
            OptionChecks.port(spec, port, "--port");
            props.put("micronaut.server.port", port);
        }
        if (data != null) {
            props.put("lien.data-dir", data.toString());
        }
        if (config != null) {
            if (!Files.isReadable(config)) {
                throw new ParameterException(spec.commandLine(), "--config " + config + ": no such readable file");
            }
            props.put("micronaut.config.files", config.toAbsolutePath().toString());
        }
        if (noDemo) {
            props.put("lien.demo.enabled", false);
        }
        ApplicationContext server = Application.start(props);
        StopSignal stop = new StopSignal(server);
        System.out.println("Lien server on http://localhost:" + server.getBean(EmbeddedServer.class).getPort()
                + " (health: /health). Stop: Ctrl+C.");
        stop.await();
        return 0;
    }
}
