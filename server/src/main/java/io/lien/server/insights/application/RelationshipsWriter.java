package io.lien.server.insights.application;

import io.lien.server.clientcard.application.RelationshipKinds;
import io.lien.server.clientcard.model.RelationshipTypology;
import io.lien.server.i18n.Phrase;
import io.lien.server.insights.infrastructure.VisitRelationshipRepository;
import io.lien.server.insights.infrastructure.VisitRelationshipRow;
import io.lien.server.visits.RollupDue;
import io.lien.server.visits.RollupDueRepository;
import io.lien.server.visits.VisitsEnded;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the relationship kinds of ended consenting visits' clients, once per visit, and marks their
 * hours due. The evidence names nobody: a prescriber keeps that they brought others, a gift-giver
 * that they order gifts, not whom or what.
 */
@Singleton
class RelationshipsWriter {

    static final Set<String> PERSONAL = Set.of("prescriber", "gift-giver");

    private final RelationshipKinds kinds;
    private final VisitRelationshipRepository rows;
    private final RollupDueRepository due;

    RelationshipsWriter(RelationshipKinds kinds, VisitRelationshipRepository rows, RollupDueRepository due) {
        this.kinds = kinds;
        this.rows = rows;
        this.due = due;
    }

    @Transactional
    void write(List<VisitsEnded.Ended> visits) {
        for (VisitsEnded.Ended v : visits) {
            if (rows.existsByVisitId(v.visitId())) {
                continue;
            }
            List<RelationshipTypology.Label> labels = kinds.of(v.clientId(), v.endedAt(), Locale.ENGLISH);
            rows.saveAll(labels.stream().map(l -> new VisitRelationshipRow(null, v.visitId(), l.code(), anonymous(l))).toList());
            due.save(new RollupDue(null, v.storeId(), RollupDue.hourOf(v.startedAt())));
        }
    }

    static Phrase anonymous(RelationshipTypology.Label label) {
        return PERSONAL.contains(label.code()) ? Phrase.of("insights.relationship." + label.code() + ".kept") : label.evidence();
    }
}
