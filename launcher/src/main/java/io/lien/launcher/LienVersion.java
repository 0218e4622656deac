package io.lien.launcher;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version written into the jar by the build ({@code lien-version.properties}, filtered by Maven). */
final class LienVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LienVersion.class.getResourceAsStream("/lien-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"lien " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
