package io.lien.server.imports.application;

import io.lien.server.imports.model.ImportedOrderLine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inserts order lines not already imported (by source reference) into the clients' cross-channel
 * history. A line's client must exist (by id, or by e-mail for Shopify: import customers first);
 * a Lien line naming an unknown product or store is refused, a Shopify SKU that is not a Lien
 * product is kept without one.
 */
final class OrderLineWriter implements ClientBookImport.Writer {

    private final Set<String> clients = new HashSet<>();
    private final Map<String, String> clientByEmail = new HashMap<>();
    private final Set<String> products = new HashSet<>();
    private final Set<String> stores = new HashSet<>();
    private final Set<String> refs = new HashSet<>();
    private final PreparedStatement insert;
    /** Lines waiting for the next flush, written sorted by client: neighbours in the client index. */
    private final List<Line> pending = new ArrayList<>();
    private long written;

    private record Line(String clientId, ImportedOrderLine line, String product) {
    }

    OrderLineWriter(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT id, email FROM client")) {
                while (r.next()) {
                    clients.add(r.getString(1));
                    if (r.getString(2) != null) {
                        clientByEmail.putIfAbsent(r.getString(2).toLowerCase(Locale.ROOT), r.getString(1));
                    }
                }
            }
            load(st, "SELECT id FROM product", products);
            load(st, "SELECT id FROM store", stores);
            load(st, "SELECT external_ref FROM client_event WHERE external_ref IS NOT NULL", refs);
        }
        insert = db.prepareStatement("INSERT INTO client_event (client_id, ts, channel, kind, summary, product_id, size, "
                + "amount_cents, store_id, external_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void load(Statement st, String sql, Set<String> into) throws SQLException {
        try (ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                into.add(r.getString(1));
            }
        }
    }

    @Override
    public String add(Object row) throws SQLException {
        ImportedOrderLine line = ClientBookImport.orderLine(row);
        boolean shopify = line.ref().startsWith("shopify:");
        String clientId = line.clientId() != null ? line.clientId() : clientByEmail.get(line.clientEmail());
        if (clientId == null || !clients.contains(clientId)) {
            return line.clientId() != null ? "unknown client '" + line.clientId() + "'"
                    : "no client with e-mail '" + line.clientEmail() + "' (import the customers first)";
        }
        String product = line.productId() == null || products.contains(line.productId()) ? line.productId() : null;
        if (!shopify && line.productId() != null && product == null) {
            return "unknown product '" + line.productId() + "'";
        }
        if (line.storeId() != null && !stores.contains(line.storeId())) {
            return "unknown store '" + line.storeId() + "'";
        }
        if (!refs.add(line.ref())) {
            return null;
        }
        pending.add(new Line(clientId, line, product));
        written++;
        return null;
    }

    private void bind(String clientId, ImportedOrderLine line, String product) throws SQLException {
        insert.setString(1, clientId);
        insert.setLong(2, line.ts());
        insert.setString(3, line.channel().toUpperCase(Locale.ROOT));
        insert.setString(4, line.kind().toUpperCase(Locale.ROOT));
        insert.setString(5, line.summary());
        ClientWriter.nullable(insert, 6, product);
        ClientWriter.nullable(insert, 7, line.size());
        if (line.amountCents() == null) {
            insert.setNull(8, Types.INTEGER);
        } else {
            insert.setInt(8, line.amountCents());
        }
        ClientWriter.nullable(insert, 9, line.storeId());
        insert.setString(10, line.ref());
        insert.addBatch();
    }

    @Override
    public void flush() throws SQLException {
        pending.sort(Comparator.comparing(Line::clientId).thenComparingLong(l -> l.line().ts()));
        for (Line l : pending) {
            bind(l.clientId(), l.line(), l.product());
        }
        pending.clear();
        insert.executeBatch();
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
