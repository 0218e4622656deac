package io.lien.server.clientcard.model;

import io.lien.server.clientcard.model.RelationshipTypology.Brought;
import io.lien.server.clientcard.model.RelationshipTypology.Entry;
import io.lien.server.clientcard.model.RelationshipTypology.Evidence;

import java.util.ArrayList;
import java.util.List;

/** Clients' histories, told in days before "now", for the relationship rules. */
final class RelationshipFixture {

    static final long NOW = 1_800_000_000_000L;

    private final List<Entry> timeline = new ArrayList<>();
    private final List<Brought> brought = new ArrayList<>();
    private long knownSince = NOW - 1_000 * RelationshipTypology.DAY;
    private String advisor;

    static RelationshipFixture client() {
        return new RelationshipFixture();
    }

    static long daysAgo(double days) {
        return NOW - (long) (days * RelationshipTypology.DAY);
    }

    RelationshipFixture knownFor(double days) {
        knownSince = daysAgo(days);
        return this;
    }

    RelationshipFixture advisor(String username) {
        advisor = username;
        return this;
    }

    RelationshipFixture order(double daysAgo, String channel, String summary) {
        timeline.add(new Entry(daysAgo(daysAgo), channel, "ORDER", summary, null));
        return this;
    }

    RelationshipFixture visit(double daysAgo) {
        timeline.add(new Entry(daysAgo(daysAgo), "STORE", "VISIT", "Visit to the store", null));
        return this;
    }

    RelationshipFixture note(double daysAgo, String author) {
        timeline.add(new Entry(daysAgo(daysAgo), "STORE", "NOTE", "a note", author));
        return this;
    }

    RelationshipFixture selection(double daysAgo, String author) {
        timeline.add(new Entry(daysAgo(daysAgo), "STORE", "SELECTION", "Selection sent", author));
        return this;
    }

    RelationshipFixture feedback(double daysAgo) {
        timeline.add(new Entry(daysAgo(daysAgo), "WEB", "FEEDBACK", "Liked the trench", null));
        return this;
    }

    RelationshipFixture brought(String name, int ordersSince) {
        brought.add(new Brought(name, ordersSince));
        return this;
    }

    List<RelationshipTypology.Label> labels() {
        return RelationshipTypology.of(new Evidence(NOW, knownSince, advisor, timeline, brought));
    }

    List<String> codes() {
        return labels().stream().map(RelationshipTypology.Label::code).toList();
    }
}
