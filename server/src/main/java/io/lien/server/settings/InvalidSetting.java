package io.lien.server.settings;

/** A setting whose value Lien cannot run with; the message names the key, the rule and the value. */
public final class InvalidSetting extends IllegalArgumentException {

    InvalidSetting(String key, String rule, Object value) {
        super("Setting " + key + " " + rule + " (it is " + value + ")");
    }

    private InvalidSetting(String message) {
        super(message);
    }

    /** Keys under {@code lien.} that no setting has: a typo would otherwise be ignored. */
    static InvalidSetting unknown(java.util.List<String> keys) {
        return new InvalidSetting("Unknown setting" + (keys.size() > 1 ? "s " : " ") + String.join(", ", keys)
                + ": docs/configuration.md lists every setting Lien has");
    }

    static void require(boolean ok, String key, String rule, Object value) {
        if (!ok) {
            throw new InvalidSetting(key, rule, value);
        }
    }

    static void positive(java.time.Duration d, String key) {
        require(d != null && !d.isNegative() && !d.isZero(), key, "must be a positive duration such as 30s, 1m or 30d", d);
    }
}
