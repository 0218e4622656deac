package io.lien.server.audit;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.List;

/** Writes and reads the access log of client profiles. */
@Singleton
public class ProfileAudit {

    /** The longest reason kept; a longer one is cut, never refused (the look happened). */
    static final int MAX_REASON = 200;

    private final ProfileAccessRepository log;

    ProfileAudit(ProfileAccessRepository log) {
        this.log = log;
    }

    /** Logs what {@code who} did with the profile and why. */
    public void record(String clientId, Authentication who, ProfileAccess.Action action, String reason) {
        String role = who.getRoles().stream().findFirst().orElse("?");
        Object name = who.getAttributes().get("name");
        log.save(new ProfileAccess(null, clientId, System.currentTimeMillis(), who.getName(),
                name == null ? who.getName() : name.toString(), role, action.name(), cut(reason)));
    }

    public List<ProfileAccess> of(String clientId) {
        return log.findByClientIdOrderByTsDescAndIdDesc(clientId);
    }

    private static String cut(String reason) {
        String r = reason == null || reason.isBlank() ? "(no reason given)" : reason.strip();
        return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON);
    }
}
