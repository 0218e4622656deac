package io.lien.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A key pair and self-signed certificate for localhost, made by the JDK's keytool, for the TLS tests. */
public final class TestKeys {

    public static final String PASSWORD = "store-password-0123";

    private TestKeys() {
    }

    /** A new PKCS#12 key store (key and certificate for localhost and 127.0.0.1) in a temporary folder. */
    public static Path localhost() {
        try {
            Path keys = Files.createTempDirectory("lien-tls").resolve("localhost.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "lien", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", keys.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool: " + new String(keytool.getInputStream().readAllBytes()));
            }
            return keys;
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test key pair", e);
        }
    }
}
