package io.lien.server.operations;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's own logback.xml: text by default with the request's id, one JSON object per line with LIEN_LOG_FORMAT=json. */
class LogFormatTest {

    private static String logOneLine(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        try {
            if (format != null) {
                context.putProperty("LIEN_LOG_FORMAT", format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            org.slf4j.MDC.put("requestId", "r-123");
            context.getLogger("io.lien.server.Example").info("A hanger was lifted");
        } finally {
            org.slf4j.MDC.remove("requestId");
            context.stop();
            System.setOut(was);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textByDefaultWithTheRequestId() throws Exception {
        String line = logOneLine(null);
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Example\\s+\\[r-123\\] A hanger was lifted\\R"), line);
    }

    @Test
    void jsonWhenAskedOneObjectPerLineWithTheRequestId() throws Exception {
        String line = logOneLine("json").strip();
        assertTrue(line.startsWith("{") && line.endsWith("}") && !line.contains("\n"), line);
        assertTrue(line.contains("\"requestId\":\"r-123\"") || line.contains("\"requestId\": \"r-123\""), line);
        assertTrue(line.contains("A hanger was lifted") && line.contains("\"level\":\"INFO\""), line);
    }
}
