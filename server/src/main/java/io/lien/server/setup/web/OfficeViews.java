package io.lien.server.setup.web;

import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the back office's pages ({@code src/main/jte/office-*.jte}) are drawn from: texts already worded, no entities. */
public final class OfficeViews {

    private OfficeViews() {
    }

    /**
     * The tabs above a page: a store's set-up, or head office's own pages when {@code storeId} is null;
     * {@code stores}: a manager's other stores, to switch to.
     */
    public record Nav(@Nullable String storeId, @Nullable String storeName, String current, boolean admin, List<Choice> stores) {

        public Nav(@Nullable String storeId, @Nullable String storeName, String current, boolean admin) {
            this(storeId, storeName, current, admin, List.of());
        }

        public static final List<String> STORE_TABS = List.of("store", "devices", "racks", "staff", "log");
        public static final List<String> HEAD_OFFICE_TABS = List.of("stores", "catalogue", "people", "log");

        public List<Tab> tabs() {
            if (storeId == null) {
                return HEAD_OFFICE_TABS.stream().map(t -> new Tab(t, "/office/" + (t.equals("stores") ? "" : t), t.equals(current))).toList();
            }
            return STORE_TABS.stream().map(t -> new Tab(t, "/office/stores/" + storeId + (t.equals("store") ? "" : "/" + t),
                    t.equals(current))).toList();
        }
    }

    public record Tab(String key, String href, boolean current) {
    }

    /** What the last action came to: a refusal's reason or a success, already in the reader's language. */
    public record Flash(@Nullable String problem, @Nullable String done) {
        public static final Flash NONE = new Flash(null, null);
    }

    /** An option of a select: its value and what the reader sees. */
    public record Choice(String value, String label) {
    }

    public record SignIn(Page page, @Nullable String problem) {
    }

    /** Choosing one's password through a link: {@code spent} when the link can no longer be used. */
    public record Welcome(Page page, @Nullable String name, @Nullable String username, String token, @Nullable String problem,
                          boolean chosen, boolean spent) {
    }

    /** Head office's first page: every store with its devices' health, and the form to open one. */
    public record Home(Page page, Nav nav, Flash flash, List<StoreLine> stores, List<Choice> languages, StoreForm form) {
    }

    public record StoreLine(String id, String name, String city, int devices, int alive, int never, int silent, int low) {
    }

    /** A store's details as a form holds them (what was typed, after a refusal). */
    public record StoreForm(String id, String name, String city, String timeZone, String language, String openingHours) {
    }

    public record Catalogue(Page page, Nav nav, Flash flash, List<JobLine> jobs, long maxMiB, String query, List<ProductLine> products,
                            int total) {
    }

    /** A product in head office's list: its name in the reader's language, its other names, its price as read. */
    public record ProductLine(String id, String name, String otherNames, String category, String price, boolean photo, boolean retired) {
    }

    public record JobLine(String id, String file, String by, String started, String state, long rows, @Nullable Long written,
                          @Nullable Long unchanged, @Nullable Long refused, List<String> reasons, @Nullable String problem) {
    }

    /** The store's page: details and hours, the plan with its zones, the zone form. */
    public record Store(Page page, Nav nav, Flash flash, StoreForm details, List<Choice> languages, Plan plan, List<ZoneLine> zones,
                        List<Choice> kinds, List<Choice> parents) {
    }

    /**
     * The plan drawn in metres ({@code viewBox} "0 0 width depth"): the outline, zones, devices placed;
     * {@code outlineText} as typed ("x y, x y, …"); {@code drawn} whether an outline exists yet.
     */
    public record Plan(String viewBox, String outline, String outlineText, boolean drawn, List<ZoneShape> zones, List<Marker> markers,
                       double label, @Nullable Picture picture) {
    }

    /** The picture under the plan: its address, and its width and height in metres from the corner (0, 0). */
    public record Picture(String href, double width, double height) {
    }

    public record ZoneShape(String id, String name, String points, double x, double y, String kind) {
    }

    /** A device on the plan: {@code shape} "circle" (beacon), "square" (reader), "triangle" (fixture). */
    public record Marker(String id, String kind, double x, double y, String state, String points) {
    }

    public record ZoneLine(String id, String name, String kind, @Nullable String parent, @Nullable String shape, List<Choice> names) {
    }

    /** {@code attention}: the store's devices (hangers too) that are silent or low on battery: the manager's device alerts. */
    public record Devices(Page page, Nav nav, Flash flash, List<DeviceLine> devices, List<Choice> zones, List<Choice> fixtureKinds,
                          Plan plan, @Nullable Secret secret, int hangers, List<DeviceLine> attention, List<GatewayLine> gateways) {
    }

    /** A store gateway: its MQTT name, when its credentials were issued and by whom, whether they were revoked. */
    public record GatewayLine(String id, String name, String issued, String issuedBy, boolean revoked) {
    }

    /** A device in the list; {@code kind} as the reader reads it, {@code fixture} whether its screen can be given a link. */
    public record DeviceLine(String id, String kind, String zone, String place, @Nullable String detail, String state,
                             @Nullable Integer battery, @Nullable String lastHeard, @Nullable String firstHeard, boolean secret, boolean fixture) {
    }

    /** A secret (or a fixture's screen link) shown once, right after it was made. */
    public record Secret(String deviceId, String value, boolean screenLink, boolean gateway) {
        public Secret(String deviceId, String value, boolean screenLink) {
            this(deviceId, value, screenLink, false);
        }

        /** A gateway's new secret, under its MQTT name. */
        static Secret gateway(String name, String value) {
            return new Secret(name, value, false, true);
        }

        public String heading() {
            return gateway ? "office.gateways.secret-heading" : screenLink ? "office.devices.screen-heading" : "office.devices.secret-heading";
        }

        public String what() {
            return gateway ? "office.gateways.secret-what" : screenLink ? "office.devices.screen-what" : "office.devices.secret-what";
        }
    }

    /** {@code secrets}: the new hangers' secrets (id, secret), shown once right after the rack was dressed. */
    public record Racks(Page page, Nav nav, Flash flash, List<RackLine> racks, List<Choice> products, List<Choice> zones, int hangers,
                        List<Choice> secrets) {
    }

    /** Hangers of one product in one zone: how many, which sizes, from which id to which. */
    public record RackLine(String zone, String product, String sizes, String colour, int count, String first, String last) {
    }

    public record Staff(Page page, Nav nav, Flash flash, List<PersonLine> people, List<Choice> colleagues, List<Choice> roles,
                        @Nullable Link link) {
    }

    public record PersonLine(String username, String name, String role, @Nullable String email, boolean removed, boolean waiting) {
    }

    /** An invitation's or a reset's link, shown once. */
    public record Link(String username, String address, boolean mailed) {
    }

    /** A store's log (its changes), or head office's (every change, and the latest sign-in locks). */
    public record Log(Page page, Nav nav, List<ChangeLine> changes, List<LockLine> locks) {
    }

    /** A sign-in lock: an account (a user name, or a shopper as a digest) or an address, after how many wrong passwords. */
    public record LockLine(String when, String kind, String subject, int failures, String until) {
    }

    public record ChangeLine(String when, String actor, @Nullable String store, String subject, String subjectId, String action,
                             @Nullable String before, @Nullable String after) {
    }
}
