package io.lien.server.privacy.application;

import io.lien.server.audit.ProfileAudit;
import io.lien.server.live.LiveSnapshots;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.MomentStream;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a client for good (their right to be forgotten). Their access log goes with them, so the
 * erasure itself is logged without any identifier: who did it and when.
 */
@Singleton
public class ClientErasure {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErasure.class);

    public sealed interface Outcome {
        record Erased(int installsUnlinked) implements Outcome {
        }

        record UnknownClient() implements Outcome {
        }
    }

    private final ErasureWrites writes;
    private final LiveStore live;
    private final MomentStream stream;
    private final ProfileAudit audit;
    private final LiveSnapshots snapshots;

    ClientErasure(ErasureWrites writes, LiveStore live, MomentStream stream, ProfileAudit audit, LiveSnapshots snapshots) {
        this.snapshots = snapshots;
        this.audit = audit;
        this.writes = writes;
        this.live = live;
        this.stream = stream;
    }

    public Outcome erase(String clientId, String byRole) {
        // looks logged a moment ago are written first, so they are erased with the rest
        audit.flush();
        snapshots.forgetting();
        int unlinked = writes.erase(clientId);
        snapshots.forgotten();
        // the live state may hold the old install id: rebuilt from the rewritten signals before the
        // next event (for an unknown client too: the snapshot went, the rebuild writes one again)
        live.markStale();
        if (unlinked < 0) {
            return new Outcome.UnknownClient();
        }
        stream.forget(clientId);
        LOG.info("A client was erased at the request of a {}: {} app install(s) unlinked from stored signals", byRole, unlinked);
        return new Outcome.Erased(unlinked);
    }
}
