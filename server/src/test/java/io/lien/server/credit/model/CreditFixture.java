package io.lien.server.credit.model;

import java.util.Set;

/** Touches and sales on a calendar of days, for credit rules that read as sentences. */
final class CreditFixture {

    static final long DAY = 86_400_000L;
    static final long ORDER_DAY = 100 * DAY;
    static final CreditRules.Windows DEFAULTS = new CreditRules.Windows(30, 30, 60);

    private CreditFixture() {
    }

    static CreditRules.Touch selection(String advisor, int daysBefore, String id, String... products) {
        return new CreditRules.Touch(advisor, CreditRules.TouchKind.SELECTION, ORDER_DAY - daysBefore * DAY, Set.of(products), id);
    }

    static CreditRules.Touch conversation(String advisor, int daysBefore) {
        return new CreditRules.Touch(advisor, CreditRules.TouchKind.CONVERSATION, ORDER_DAY - daysBefore * DAY, Set.of(), null);
    }

    static CreditRules.Sale sale(long netCents, String... products) {
        return new CreditRules.Sale(ORDER_DAY, Set.of(products), null, netCents);
    }

    static CreditRules.Sale fromSelection(String selectionId, long netCents, String... products) {
        return new CreditRules.Sale(ORDER_DAY, Set.of(products), selectionId, netCents);
    }
}
