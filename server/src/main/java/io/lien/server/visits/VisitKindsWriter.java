package io.lien.server.visits;

import io.lien.server.visits.model.VisitTypology;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Writes ended visits' kinds in a transaction of their own, with their hours marked due for the insights. */
@Singleton
class VisitKindsWriter {

    private static final Logger LOG = LoggerFactory.getLogger(VisitKindsWriter.class);

    private final VisitInsights insights;
    private final VisitTypologyRepository kinds;
    private final VisitRepository visits;
    private final RollupDueRepository due;

    VisitKindsWriter(VisitInsights insights, VisitTypologyRepository kinds, VisitRepository visits, RollupDueRepository due) {
        this.insights = insights;
        this.kinds = kinds;
        this.visits = visits;
        this.due = due;
    }

    @Transactional
    void keep(List<Long> visitIds) {
        try {
            for (long id : visitIds) {
                if (kinds.existsByVisitId(id)) {
                    continue;
                }
                List<VisitTypology.Label> labels = insights.labels(id);
                kinds.saveAll(labels.stream().distinct().map(l -> new VisitTypologyRow(null, id, l.code(), VisitKinds.anonymous(l))).toList());
                visits.findById(id).ifPresent(v -> due.save(new RollupDue(null, v.storeId(), RollupDue.hourOf(v.startedAt()))));
            }
        } catch (RuntimeException e) {
            // the visits stay without kinds until the next start-up's catch-up
            LOG.warn("Could not write the kinds of {} ended visit(s): {}", visitIds.size(), e.toString());
            throw e;
        }
    }

    List<Long> endedWithoutKinds(long since) {
        return kinds.endedWithoutKinds(since);
    }
}
