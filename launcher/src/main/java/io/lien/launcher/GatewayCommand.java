package io.lien.launcher;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A store's edge gateway, from its one properties file. */
@Command(name = "gateway", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Runs a store's edge gateway: the store broker devices sign in to, cleaning, the disk journal, "
                + "forwarding to the central broker.",
                "Its settings are one commented file: edge-gateway/src/main/resources/gateway.properties; each key can be "
                + "overridden by an environment variable (lan.uri → LIEN_GW_LAN_URI)."})
final class GatewayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GATEWAY_PROPERTIES", description = "the gateway's settings file")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such readable file");
        }
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.load(file));
        StopSignal stop = new StopSignal(gateway::close);
        System.out.println("Lien gateway running; store broker " + gateway.lanUri() + ", health http://localhost:"
                + gateway.healthPort() + "/health. Stop: Ctrl+C.");
        stop.await();
        return 0;
    }
}
