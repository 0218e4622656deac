package io.lien.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code lien} command line: help, version, and a clear refusal of what it cannot take. */
class LienCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run lien(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LienCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Run r = lien("--help");
        assertEquals(0, r.exit());
        for (String command : new String[] {"demo", "server", "gateway", "sim", "import", "insights", "admin"}) {
            assertTrue(r.out().contains(command), r.out());
        }
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        for (String command : new String[] {"demo", "server", "gateway", "sim", "import", "insights", "admin"}) {
            Run help = lien(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().startsWith("Usage: lien " + command), help.out());
            Run version = lien(command, "--version");
            assertEquals(0, version.exit(), command);
            assertTrue(version.out().startsWith("lien "), version.out());
        }
    }

    @Test
    void theVersionSaysWhichBuildAndWhichJava() {
        Run r = lien("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("(?s)lien \\d+\\.\\d+\\.\\d+.*\\nJava 1?\\d+.*"), r.out());
    }

    @Test
    void nothingToRunIsAUsageError() {
        Run r = lien();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Say what to run"), r.err());
    }

    @Test
    void aMisspeltOptionIsRefusedNamingIt() {
        Run r = lien("sim", "--shopers", "10");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown options: '--shopers', '10'"), r.err());
        assertTrue(r.err().contains("Possible solutions: --shoppers"), r.err());
    }

    @Test
    void aMissingOrWrongValueIsRefusedNamingTheOption() {
        Run missing = lien("demo", "--port");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required parameter for option '--port'"), missing.err());
        Run notANumber = lien("demo", "--port", "eighty");
        assertEquals(2, notANumber.exit());
        assertTrue(notANumber.err().contains("'eighty' is not an int"), notANumber.err());
        Run outOfRange = lien("demo", "--port", "70000");
        assertEquals(2, outOfRange.exit());
        assertTrue(outOfRange.err().contains("--port must be a port"), outOfRange.err());
        Run scenario = lien("sim", "--scenario", "huge");
        assertEquals(2, scenario.exit());
        assertTrue(scenario.err().contains("expected one of [demo, large]"), scenario.err());
        Run hostile = lien("sim", "--store", "../../etc");
        assertEquals(2, hostile.exit());
        assertTrue(hostile.err().contains("--store must be"), hostile.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run r = lien("serve");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unmatched argument at index 0: 'serve'"), r.err());
    }

    @Test
    void aGatewayWithoutItsFileIsRefused(@TempDir Path dir) {
        assertEquals(2, lien("gateway").exit());
        Run r = lien("gateway", dir.resolve("nope.properties").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such readable file"), r.err());
    }

    @Test
    void anImportOfAMissingFileFailsWithExitOne(@TempDir Path dir) {
        assertEquals(2, lien("import").exit(), "no file at all is a usage error");
        Run r = lien("import", "--data", dir.toString(), dir.resolve("clients.csv").toString());
        assertEquals(1, r.exit());
    }

    @Test
    void insightsRebuildMigratesAnEmptyFolderAndRefusesAnUnknownAction(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
        Run rebuilt = lien("insights", "rebuild", "--data", data.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains("0 store hours rebuilt"), rebuilt.out());
        Run unknown = lien("insights", "explode", "--data", data.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("the one action is 'rebuild'"), unknown.err());
        Run window = lien("insights", "rebuild", "--data", data.toString(), "--bought-within-days", "-3");
        assertEquals(2, window.exit());
    }
}
