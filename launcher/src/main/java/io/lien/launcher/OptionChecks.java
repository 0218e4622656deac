package io.lien.launcher;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.net.ServerSocket;

/** Values picocli parses but cannot judge: a usage error (exit 2) that names the option. */
final class OptionChecks {

    private OptionChecks() {
    }

    static void port(CommandSpec spec, int port, String option) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), option + " must be a port, 0–65535 (0 = any free one), not " + port);
        }
    }

    static void speed(CommandSpec spec, double speed) {
        if (!(speed > 0 && speed <= 1000)) {
            throw new ParameterException(spec.commandLine(), "--speed must be above 0 and at most 1000, not " + speed);
        }
    }

    /** The wanted port if it is free, otherwise any free one: machines are shared. */
    static int portOrFree(int wanted) {
        try (ServerSocket s = new ServerSocket(wanted)) {
            return s.getLocalPort();
        } catch (IOException busy) {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }
    }
}
