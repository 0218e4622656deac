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
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When consenting clients' visits end, writes down what kind of relationship each client had with the
 * brand then (the card's rules), for a manager's mix of relationships — after the visit's end is
 * committed, in a transaction of its own that marks the visit's hour due. The evidence names nobody:
 * a prescriber keeps that they brought others, a gift-giver that they order gifts, not whom or what.
 */
@Singleton
public class RelationshipsAtVisitEnd {

    static final Set<String> PERSONAL = Set.of("prescriber", "gift-giver");

    private final RelationshipKinds kinds;
    private final VisitRelationshipRepository rows;
    private final RollupDueRepository due;

    RelationshipsAtVisitEnd(RelationshipKinds kinds, VisitRelationshipRepository rows, RollupDueRepository due) {
        this.kinds = kinds;
        this.rows = rows;
        this.due = due;
    }

    @TransactionalEventListener
    void onEnded(VisitsEnded ended) {
        List<VisitsEnded.Ended> consenting = ended.visits().stream().filter(v -> v.clientId() != null).toList();
        if (!consenting.isEmpty()) {
            write(consenting);
        }
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
