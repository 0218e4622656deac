package io.lien.server.imports.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<CsvReader.Row> rows = new ArrayList<>();
        CsvReader.Row r;
        while ((r = csv.next()) != null) {
            rows.add(r);
        }
        return rows;
    }

    @Test
    void quotesCommasLineBreaksAndDoubledQuotesAreRead() throws IOException {
        List<CsvReader.Row> rows = read("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,end\nlast");
        assertEquals(List.of("a", "b, with comma", "say \"hi\""), rows.get(0).fields());
        assertEquals(List.of("two\nlines", "", "end"), rows.get(1).fields());
        assertEquals(4, rows.get(2).line(), "the record after a quoted line break starts on line 4");
        assertEquals(List.of("last"), rows.get(2).fields());
    }

    @Test
    void anUnclosedQuoteIsOneBadRecordAtTheEnd() throws IOException {
        List<CsvReader.Row> rows = read("ok,1\n\"never closed,2\nmore");
        assertTrue(rows.get(0).ok());
        assertFalse(rows.get(1).ok());
        assertTrue(rows.get(1).problem().contains("never closed"));
        assertEquals(2, rows.size());
    }

    @Test
    void aHugeRecordOrTooManyFieldsIsRefusedAndTheNextRecordIsStillRead() throws IOException {
        List<CsvReader.Row> rows = read("x".repeat(CsvReader.MAX_RECORD + 10) + "\n" + ",".repeat(CsvReader.MAX_FIELDS + 5) + "\nfine,row");
        assertTrue(rows.get(0).problem().contains("longer than"));
        assertTrue(rows.get(1).problem().contains("more than"));
        assertEquals(List.of("fine", "row"), rows.get(2).fields());
    }
}
