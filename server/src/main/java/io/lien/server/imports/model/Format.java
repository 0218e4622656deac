package io.lien.server.imports.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files Lien reads, told apart by their header (docs/import.md): Lien's own clients and order
 * lines, and Shopify's customer and order exports.
 */
public enum Format {
    LIEN_CLIENTS(true, "id", "first_name", "last_name"),
    LIEN_ORDERS(false, "ref", "client_id", "ts"),
    SHOPIFY_CUSTOMERS(true, "customer id", "first name", "last name"),
    SHOPIFY_ORDERS(false, "name", "email", "lineitem name");

    private final boolean clients;
    private final List<String> signature;

    Format(boolean clients, String... signature) {
        this.clients = clients;
        this.signature = List.of(signature);
    }

    public boolean clients() {
        return clients;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Format> detect(List<String> header) {
        Map<String, Integer> columns = Fields.index(header);
        for (Format f : values()) {
            if (columns.keySet().containsAll(f.signature)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Reads the rows of one file of this format (Shopify orders carry order fields on the first line only). */
    public RowMapper mapper(List<String> header, String defaultLanguage) {
        Map<String, Integer> columns = Fields.index(header);
        return switch (this) {
            case LIEN_CLIENTS -> values -> ClientRows.lien(Fields.of(columns, values));
            case SHOPIFY_CUSTOMERS -> values -> ClientRows.shopify(Fields.of(columns, values), defaultLanguage);
            case LIEN_ORDERS -> values -> OrderRows.lien(Fields.of(columns, values));
            case SHOPIFY_ORDERS -> new OrderRows.Shopify(columns);
        };
    }

    /** One row → a client, an order line, or the reason it is refused. */
    public interface RowMapper {
        Parsed<?> map(List<String> values);
    }
}
