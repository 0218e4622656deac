package io.lien.server.insights.model;

import java.util.List;

/**
 * The team's work over a period, framed as conversations: moments answered and how fast, shoppers'
 * calls nobody answered, notes, selections sent → opened → ordered from, sales credited by the
 * credit rules, follow-ups done. Per advisor in name order (a ranking only where a store asks for one).
 */
public record TeamFigures(long calls, long callsUnanswered, List<Advisor> advisors, Advisor team) {

    public record Advisor(String username, String name, long claims, long claimMs, long callsAnswered, long notes, long selectionsSent,
                          long selectionsOpened, long selectionOrders, long creditedOrders, long creditedCents, long followUpsDone) {

        /** The median would need every claim; the mean "I'm on it" time, in whole seconds. */
        public Long averageClaimSeconds() {
            return claims == 0 ? null : Math.round(claimMs / 1000.0 / claims);
        }

        public Integer openedRate() {
            return Rates.percent(selectionsOpened, selectionsSent);
        }

        public Advisor plus(Advisor o) {
            return new Advisor(username, name, claims + o.claims, claimMs + o.claimMs, callsAnswered + o.callsAnswered, notes + o.notes,
                    selectionsSent + o.selectionsSent, selectionsOpened + o.selectionsOpened, selectionOrders + o.selectionOrders,
                    creditedOrders + o.creditedOrders, creditedCents + o.creditedCents, followUpsDone + o.followUpsDone);
        }
    }

    public Integer answeredRate() {
        return Rates.percent(calls - callsUnanswered, calls);
    }
}
