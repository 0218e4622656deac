package io.lien.server.setup.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.registry.Zone;
import io.lien.server.setup.SetupChange;
import io.lien.server.setup.application.DeviceLife;
import io.lien.server.setup.application.DeviceOnboarding;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** What the back office's API answers with: view records, never entities. */
final class SetupViews {

    private SetupViews() {
    }

    /** A store as set up: details, hours, plan, zones, and its devices other than hangers (those are counted). */
    @Serdeable
    record StoreSetupView(String id, String name, String city, String timeZone, String language, @Nullable String openingHours,
                          @Nullable String outline, List<ZoneView> zones, List<DeviceView> devices, int hangers,
                          Map<String, Integer> health) {
    }

    /** A store's details as saved. */
    @Serdeable
    record StoreView(String id, String name, String city, String timeZone, String language, @Nullable String openingHours) {
        static StoreView of(io.lien.server.registry.Store s, @Nullable String openingHours) {
            return new StoreView(s.id(), s.name(), s.city(), s.timeZone(), s.language(), openingHours);
        }
    }

    @Serdeable
    record ZoneView(String id, Map<String, String> names, String kind, @Nullable String parentId, @Nullable String shape,
                    boolean retired) {
        static ZoneView of(Zone z) {
            return new ZoneView(z.id(), z.names().byLanguage(), z.kind(), z.parentId(), z.shape(), z.retired());
        }
    }

    /**
     * A device and how it is doing: {@code state} never (not heard yet), alive, low-battery, silent (its gateway says so);
     * {@code detail} a fixture's kind or a hanger's garment; {@code secret} whether one was issued.
     */
    @Serdeable
    record DeviceView(String id, String kind, String zoneId, @Nullable Double x, @Nullable Double y, @Nullable String detail,
                      boolean secret, String state, @Nullable Long firstSeen, @Nullable Long lastHeard, @Nullable Integer battery) {
        static DeviceView of(DeviceOnboarding.DeviceState d, boolean secret, @Nullable DeviceLife.Life life) {
            return new DeviceView(d.id(), d.kind(), d.zoneId(), d.x(), d.y(), d.detail(), secret, DeviceLife.state(life),
                    life == null ? null : life.firstSeen(), life == null ? null : life.lastHeard(), life == null ? null : life.battery());
        }
    }

    @Serdeable
    record HangerView(String id, String productId, String size, String colour, String zoneId) {
    }

    /** {@code secrets}: for the hangers that had none, when asked ({@code "secrets": true}), each shown once. */
    @Serdeable
    record RackView(List<HangerView> hangers, int registered, int changed, int unchanged, @Nullable Map<String, String> secrets) {
    }

    @Serdeable
    record StaffView(String username, String name, String role, @Nullable String storeId, @Nullable String email, boolean removed,
                     boolean waitingForPassword) {
        static StaffView of(Advisor a) {
            return new StaffView(a.username(), a.displayName(), a.role(), a.storeId(), a.email(), a.removedAt() != null,
                    a.removedAt() == null && "!".equals(a.passwordHash()));
        }
    }

    /** An invitation or a reset: the link is shown once (and e-mailed when the person has an address). */
    @Serdeable
    record LinkView(String username, String link, long expiresAt, boolean mailed) {
    }

    @Serdeable
    record ChangeView(long id, long ts, String actor, String actorRole, @Nullable String storeId, String subject, String subjectId,
                      String action, @Nullable String before, @Nullable String after) {
        static ChangeView of(SetupChange c) {
            return new ChangeView(c.id(), c.ts(), c.actor(), c.actorRole(), c.storeId(), c.subject(), c.subjectId(), c.action(),
                    c.beforeState(), c.afterState());
        }
    }

    @Serdeable
    record StoreBody(@Nullable String id, String name, String city, String timeZone, String language, @Nullable String openingHours) {
    }

    @Serdeable
    record PlanBody(String outline) {
    }

    /** The plan's picture as placed: its size in pixels and in metres from the corner (0, 0). */
    @Serdeable
    record PictureView(String mediaType, int widthPx, int heightPx, double widthM, double heightM) {
        static PictureView of(io.lien.server.setup.application.PlanPictures.Placed p) {
            return new PictureView(p.mediaType(), p.widthPx(), p.heightPx(), p.widthM(), p.heightM());
        }
    }

    @Serdeable
    record ZoneBody(Map<String, String> names, String kind, @Nullable String parentId, @Nullable String shape) {
    }

    @Serdeable
    record DeviceBody(String kind, String zoneId, @Nullable Double x, @Nullable Double y, @Nullable String fixtureKind) {
    }

    @Serdeable
    record RackBody(String hangers, String productId, String sizes, @Nullable String colour, String zoneId, @Nullable Boolean secrets) {
    }

    @Serdeable
    record InviteBody(String username, String name, String role, @Nullable String email) {
    }

    @Serdeable
    record PasswordBody(String password) {
    }
}
