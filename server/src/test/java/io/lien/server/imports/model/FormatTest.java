package io.lien.server.imports.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {

    static final List<String> LIEN_CLIENTS = List.of("id", "first_name", "last_name", "pronoun", "email", "phone", "language",
            "preferred_channel", "sizes", "interests", "presence_consent", "contact_email", "contact_sms", "advisor");
    static final List<String> SHOPIFY_CUSTOMERS = List.of("Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
            "Default Address Company", "Default Address City", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
            "Tax Exempt", "Tags");
    static final List<String> SHOPIFY_ORDERS = List.of("Name", "Email", "Financial Status", "Paid at", "Currency", "Total",
            "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Source");

    private static Object ok(Parsed<?> p) {
        return assertInstanceOf(Parsed.Ok.class, p).value();
    }

    private static String refused(Parsed<?> p) {
        return assertInstanceOf(Parsed.Refused.class, p).reason();
    }

    @Test
    void theHeaderTellsTheFormat() {
        assertEquals(Format.LIEN_CLIENTS, Format.detect(LIEN_CLIENTS).orElseThrow());
        assertEquals(Format.SHOPIFY_CUSTOMERS, Format.detect(SHOPIFY_CUSTOMERS).orElseThrow());
        assertEquals(Format.SHOPIFY_ORDERS, Format.detect(SHOPIFY_ORDERS).orElseThrow());
        assertEquals(Format.LIEN_ORDERS, Format.detect(List.of("\uFEFFref", "client_id", "ts", "channel", "summary")).orElseThrow());
        assertTrue(Format.detect(List.of("foo", "bar")).isEmpty());
    }

    @Test
    void aLienClientRowIsReadAndBadValuesAreRefusedWithTheirColumn() {
        Format.RowMapper m = Format.LIEN_CLIENTS.mapper(LIEN_CLIENTS, "fr");
        ImportedClient c = (ImportedClient) ok(m.map(List.of("c-1", "Awa", "Diallo", "she", "Awa@Example.org", "", "en", "",
                "38", "prints", "yes", "1", "no", "lea")));
        assertEquals("awa@example.org", c.email());
        assertEquals("email", c.preferredChannel());
        assertTrue(c.presenceConsent() && c.emailConsent() && !c.smsConsent());
        assertTrue(refused(m.map(List.of("c 1", "A", "B"))).startsWith("id 'c 1' must match"));
        assertTrue(refused(m.map(List.of("c-2", "", "B"))).contains("first_name is missing"));
        assertTrue(refused(m.map(List.of("c-3", "A", "B", "she", "not-an-email"))).contains("not an e-mail"));
        assertTrue(refused(m.map(List.of("c-4", "A", "B", "it"))).contains("pronoun 'it' is not one of"));
        assertTrue(refused(m.map(List.of("c-5", "A".repeat(81), "B"))).contains("longer than 80"));
        assertTrue(refused(m.map(List.of("c-6", "A", "B", "", "", "", "", "", "", "", "maybe"))).contains("not yes or no"));
    }

    @Test
    void shopifyCustomersBecomeClientsWithTheirMarketingConsents() {
        Format.RowMapper m = Format.SHOPIFY_CUSTOMERS.mapper(SHOPIFY_CUSTOMERS, "en");
        ImportedClient c = (ImportedClient) ok(m.map(List.of("7012345678901", "Jo", "March", "jo@example.org", "yes", "", "Paris",
                "+33 6 00 00 00 01", "no", "120.00", "2", "", "no", "vip, linen")));
        assertEquals("shopify-7012345678901", c.id());
        assertEquals("email", c.preferredChannel());
        assertTrue(c.emailConsent() && !c.smsConsent() && !c.presenceConsent(), "presence is never assumed from an e-shop");
        assertEquals("vip, linen", c.interests());
        assertTrue(refused(m.map(List.of("abc", "Jo"))).contains("not a Shopify id"));
        assertTrue(refused(m.map(List.of("1", "", ""))).contains("both missing"));
    }

    @Test
    void shopifyOrderLinesTakeTheOrdersFieldsFromItsFirstRow() {
        Format.RowMapper m = Format.SHOPIFY_ORDERS.mapper(SHOPIFY_ORDERS, "en");
        ImportedOrderLine first = (ImportedOrderLine) ok(m.map(List.of("#1001", "jo@example.org", "paid", "", "EUR", "210.00",
                "2024-03-05 14:22:11 +0100", "2", "Linen shirt", "55.00", "p-shirt-linen", "pos")));
        ImportedOrderLine second = (ImportedOrderLine) ok(m.map(List.of("#1001", "", "", "", "", "", "", "1", "Scarf", "100",
                "SKU 9", "")));
        assertEquals("shopify:#1001:1", first.ref());
        assertEquals("shopify:#1001:2", second.ref());
        assertEquals(11_000, first.amountCents());
        assertEquals("2 × Linen shirt", first.summary());
        assertEquals("store", first.channel());
        assertEquals(first.ts(), second.ts());
        assertEquals("jo@example.org", second.clientEmail());
        assertEquals(null, second.productId(), "a SKU that is no Lien id is kept without a product");
        assertTrue(refused(m.map(List.of("#1002", "", "", "", "", "", "2024-01-01", "1", "X", "1"))).contains("no customer e-mail"));
        assertTrue(refused(m.map(List.of("#1003", "a@b.co", "", "", "", "", "yesterday", "1", "X", "1"))).contains("not a date-time"));
        assertTrue(refused(m.map(List.of("#1004", "a@b.co", "", "", "", "", "2024-01-01", "1", "X", "1,5"))).contains("not an amount"));
    }
}
