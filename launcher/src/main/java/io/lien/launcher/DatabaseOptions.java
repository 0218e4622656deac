package io.lien.launcher;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where a command that works on Lien's database finds it: a stopped server's H2 folder, or a JDBC URL
 * (PostgreSQL for a chain) — one set of options for every such command (a picocli mixin).
 */
final class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "the data folder of a stopped server (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = "a JDBC URL instead, e.g. jdbc:postgresql://127.0.0.1:5432/lien")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "sa", description = "(default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "", description = "(default: none)")
    String password;

    String jdbcUrl() {
        return url == null ? ImportCommand.h2Url(data) : url;
    }
}
