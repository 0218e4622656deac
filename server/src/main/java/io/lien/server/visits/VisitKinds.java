package io.lien.server.visits;

import io.lien.server.i18n.Phrase;
import io.lien.server.visits.model.VisitTypology;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Writes down what kind of visit a visit was when it ends, for a manager's mix of visit kinds: the
 * same rules the tablet shows (VisitTypology), with evidence that names nobody — a gift hunt keeps
 * that a loved one's date was near, not whose.
 */
@Singleton
class VisitKinds {

    static final String GIFT_HUNT = "gift-hunt";

    private final VisitInsights insights;
    private final VisitTypologyRepository kinds;

    VisitKinds(VisitInsights insights, VisitTypologyRepository kinds) {
        this.insights = insights;
        this.kinds = kinds;
    }

    /** In the caller's transaction; once per visit (an end recorded again after a restart changes nothing). */
    void keep(long visitId) {
        if (kinds.existsByVisitId(visitId)) {
            return;
        }
        List<VisitTypology.Label> labels = insights.labels(visitId);
        kinds.saveAll(labels.stream().distinct().map(l -> new VisitTypologyRow(null, visitId, l.code(), anonymous(l))).toList());
    }

    static Phrase anonymous(VisitTypology.Label label) {
        if (!GIFT_HUNT.equals(label.code())) {
            return label.evidence();
        }
        List<Phrase.Arg> args = label.evidence().parts().get(0).args();
        return Phrase.of("visit.evidence.gift-hunt.kept", args.get(args.size() - 1));
    }
}
