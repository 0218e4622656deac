package io.lien.server.imports.application;

import io.lien.server.imports.model.ImportedVariant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a catalogue's products, names and variants in statement batches, knowing what is already there
 * (read once at the start: a catalogue is tens of thousands of rows, not millions) so that what is the same
 * is not written again. Products go before their names and variants in every flush (foreign keys).
 */
final class CatalogueWriter implements AutoCloseable {

    static final int BATCH = 1_000;

    private record ProductState(String category, String collection, int priceCents, String imageUrl, Map<String, String> names) {
    }

    private record VariantState(String productId, String size, int sizeOrder, String colour, String sku) {
    }

    private final Connection db;
    private final Map<String, ProductState> products = new HashMap<>();
    private final Map<String, VariantState> variants = new HashMap<>();
    private final Map<String, String> skuOwners = new HashMap<>();
    private final PreparedStatement insertProduct;
    private final PreparedStatement updateProduct;
    private final PreparedStatement deleteNames;
    private final PreparedStatement insertName;
    private final PreparedStatement insertVariant;
    private final PreparedStatement updateVariant;
    private int pending;
    private long written;

    CatalogueWriter(Connection db) throws SQLException {
        this.db = db;
        load();
        insertProduct = db.prepareStatement("INSERT INTO product (id, category, collection, price_cents, image_url) VALUES (?, ?, ?, ?, ?)");
        updateProduct = db.prepareStatement("UPDATE product SET category = ?, collection = ?, price_cents = ?, image_url = ?, "
                + "retired_at = NULL WHERE id = ?");
        deleteNames = db.prepareStatement("DELETE FROM product_name WHERE product_id = ?");
        insertName = db.prepareStatement("INSERT INTO product_name (product_id, language, name) VALUES (?, ?, ?)");
        insertVariant = db.prepareStatement("INSERT INTO product_variant (id, product_id, size, size_order, colour, sku) VALUES (?, ?, ?, ?, ?, ?)");
        updateVariant = db.prepareStatement("UPDATE product_variant SET size_order = ?, sku = ? WHERE id = ?");
    }

    Connection connection() {
        return db;
    }

    private void load() throws SQLException {
        Map<String, Map<String, String>> names = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT product_id, language, name FROM product_name"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT id, category, collection, price_cents, image_url FROM product");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                products.put(r.getString(1), new ProductState(r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                        names.getOrDefault(r.getString(1), Map.of())));
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT id, product_id, size, size_order, colour, sku FROM product_variant");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                variants.put(r.getString(1), new VariantState(r.getString(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6)));
                if (r.getString(6) != null) {
                    skuOwners.put(r.getString(6), r.getString(1));
                }
            }
        }
    }

    /**
     * Writes the product (on its first row in the file) and the variant when they differ from what is there;
     * answers a refusal that needs the database (a SKU another variant has), or {@code null}.
     */
    String add(ImportedVariant v, int sizeOrder, boolean firstOfProduct) throws SQLException {
        String id = v.variantId();
        if (v.sku() != null && skuOwners.containsKey(v.sku()) && !skuOwners.get(v.sku()).equals(id)) {
            return "sku " + v.sku() + " is already variant " + skuOwners.get(v.sku()) + "'s";
        }
        boolean productChanged = firstOfProduct && writeProduct(v);
        VariantState now = new VariantState(v.productId(), v.size(), sizeOrder, v.colour(), v.sku());
        VariantState was = variants.get(id);
        boolean variantChanged = !now.equals(was);
        if (was == null) {
            insertVariant.setString(1, id);
            insertVariant.setString(2, v.productId());
            insertVariant.setString(3, v.size());
            insertVariant.setInt(4, sizeOrder);
            text(insertVariant, 5, v.colour());
            text(insertVariant, 6, v.sku());
            insertVariant.addBatch();
        } else if (variantChanged) {
            updateVariant.setInt(1, sizeOrder);
            text(updateVariant, 2, v.sku());
            updateVariant.setString(3, id);
            updateVariant.addBatch();
            if (was.sku() != null) {
                skuOwners.remove(was.sku());
            }
        }
        variants.put(id, now);
        if (v.sku() != null) {
            skuOwners.put(v.sku(), id);
        }
        if (productChanged || variantChanged) {
            written++;
        }
        if (++pending >= BATCH) {
            flush();
        }
        return null;
    }

    private boolean writeProduct(ImportedVariant v) throws SQLException {
        ProductState now = new ProductState(v.category(), v.collection(), v.priceCents(), v.imageUrl(), v.names());
        ProductState was = products.get(v.productId());
        if (now.equals(was)) {
            return false;
        }
        if (was == null) {
            insertProduct.setString(1, v.productId());
            insertProduct.setString(2, v.category());
            text(insertProduct, 3, v.collection());
            insertProduct.setInt(4, v.priceCents());
            text(insertProduct, 5, v.imageUrl());
            insertProduct.addBatch();
        } else {
            updateProduct.setString(1, v.category());
            text(updateProduct, 2, v.collection());
            updateProduct.setInt(3, v.priceCents());
            text(updateProduct, 4, v.imageUrl());
            updateProduct.setString(5, v.productId());
            updateProduct.addBatch();
            deleteNames.setString(1, v.productId());
            deleteNames.addBatch();
        }
        for (Map.Entry<String, String> name : new java.util.TreeMap<>(v.names()).entrySet()) {
            insertName.setString(1, v.productId());
            insertName.setString(2, name.getKey());
            insertName.setString(3, name.getValue());
            insertName.addBatch();
        }
        products.put(v.productId(), now);
        return true;
    }

    private static void text(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    void flush() throws SQLException {
        insertProduct.executeBatch();
        updateProduct.executeBatch();
        deleteNames.executeBatch();
        insertName.executeBatch();
        insertVariant.executeBatch();
        updateVariant.executeBatch();
        pending = 0;
    }

    /** Rows that wrote something: a new or changed product (on its first row) or variant. */
    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[]{insertProduct, updateProduct, deleteNames, insertName, insertVariant, updateVariant}) {
            s.close();
        }
    }
}
