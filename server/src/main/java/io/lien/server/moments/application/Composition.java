package io.lien.server.moments.application;

import io.lien.server.moments.Moment;
import io.lien.server.visits.model.VisitFact;

import java.util.List;

/** What applying one store event gives: the moments to tell advisors and the visit facts to store. */
public record Composition(List<Moment> moments, List<VisitFact> facts) {
}
