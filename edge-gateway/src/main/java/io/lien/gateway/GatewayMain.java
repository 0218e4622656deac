package io.lien.gateway;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs a gateway from a properties file: {@code java io.lien.gateway.GatewayMain gateway.properties}. */
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GatewayMain <gateway.properties>");
            System.exit(2);
        }
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.load(Path.of(args[0])));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
