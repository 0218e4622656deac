package io.lien.server.moments.application;

import io.lien.server.moments.Moment;
import io.lien.server.visits.model.VisitFact;

import java.util.List;

/**
 * What applying one store event gives: the moments to tell advisors, the visit facts to store, and
 * the clients who asked for advice from a fixture (to be recorded with the event, never on a
 * replay of it).
 */
public record Composition(List<Moment> moments, List<VisitFact> facts, List<AdviceAsked> adviceAsked) {

    /** A client, recognised at a fixture, pressed "call an advisor" there: they said "I'd like advice". */
    public record AdviceAsked(String clientId, String fixtureId) {
    }
}
