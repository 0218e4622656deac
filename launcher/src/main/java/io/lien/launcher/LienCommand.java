package io.lien.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lien}: every way to run Lien, one command with subcommands. Each has {@code --help};
 * {@code lien --version} says which build this is. Exit codes: 0 done, 1 failed, 2 wrong usage,
 * 130 stopped by Ctrl+C (after a clean stop).
 */
@Command(name = "lien", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = "Lien: omnichannel in-store clienteling — server, store gateway, simulator and tools.",
        subcommands = {DemoCommand.class, ServerCommand.class, GatewayCommand.class, SimCommand.class, ImportCommand.class, InsightsCommand.class, AdminCommand.class, BrokerConfigCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Run 'lien COMMAND --help' for a command's options. Docs: docs/operations.md"})
public final class LienCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and answers its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new LienCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("lien " + cmd.getCommandName() + ": " + message(e)));
                    return 1;
                });
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to run: demo, server, gateway, sim, import, insights or admin.");
    }
}
