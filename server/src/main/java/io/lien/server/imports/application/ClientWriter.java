package io.lien.server.imports.application;

import io.lien.server.imports.model.ImportedClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.Set;

/** Inserts clients not already known (by id) and the consents their file records (source "import"). */
final class ClientWriter implements ClientBookImport.Writer {

    private final Set<String> known = new HashSet<>();
    private final PreparedStatement clients;
    private final PreparedStatement consents;
    private final long now = System.currentTimeMillis();
    private long written;

    ClientWriter(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM client")) {
            while (r.next()) {
                known.add(r.getString(1));
            }
        }
        clients = db.prepareStatement("INSERT INTO client (id, first_name, last_name, pronoun, email, phone, language, "
                + "preferred_channel, sizes, interests, presence_consent, approachability, advisor_username, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_SAID', ?, ?)");
        consents = db.prepareStatement("INSERT INTO consent_change (client_id, kind, granted, val, ts, source, actor, note) "
                + "VALUES (?, ?, TRUE, NULL, ?, 'import', 'import', NULL)");
    }

    @Override
    public String add(Object row) throws SQLException {
        ImportedClient c = ClientBookImport.client(row);
        if (!known.add(c.id())) {
            return null;
        }
        clients.setString(1, c.id());
        clients.setString(2, c.firstName());
        clients.setString(3, c.lastName());
        clients.setString(4, c.pronoun());
        nullable(clients, 5, c.email());
        nullable(clients, 6, c.phone());
        clients.setString(7, c.language());
        clients.setString(8, c.preferredChannel());
        nullable(clients, 9, c.sizes());
        nullable(clients, 10, c.interests());
        clients.setBoolean(11, c.presenceConsent());
        nullable(clients, 12, c.advisor());
        clients.setLong(13, now);
        clients.addBatch();
        consent(c.id(), "presence", c.presenceConsent());
        consent(c.id(), "contact-email", c.emailConsent());
        consent(c.id(), "contact-sms", c.smsConsent());
        written++;
        return null;
    }

    private void consent(String clientId, String kind, boolean given) throws SQLException {
        if (given) {
            consents.setString(1, clientId);
            consents.setString(2, kind);
            consents.setLong(3, now);
            consents.addBatch();
        }
    }

    static void nullable(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    @Override
    public void flush() throws SQLException {
        clients.executeBatch();
        consents.executeBatch();
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        clients.close();
        consents.close();
    }
}
