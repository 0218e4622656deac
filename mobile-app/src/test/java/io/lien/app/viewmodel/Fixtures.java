package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.Dtos;

import java.util.List;
import java.util.Locale;

/** Data the ViewModel tests share. */
final class Fixtures {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    static final I18n FRENCH = new I18n(Locale.FRENCH);

    private Fixtures() {
    }

    static Dtos.Moment moment(long id, String text, String clientId, String approachability) {
        return new Dtos.Moment(id, "demo", 1_790_000_000_000L + id * 1000, "LIFT", text, "FR " + text, clientId,
                clientId == null ? null : "Camille", approachability, "coats", "h-003", "p-trench-navy");
    }

    static Dtos.LiveStore storeWithCamilleAndTwoAnonymous(long arrivedAt) {
        return new Dtos.LiveStore("demo", 3, 2, List.of(new Dtos.PresentClient("c-camille", "Camille", "Laurent", "coats",
                "Coats", "Manteaux", arrivedAt, arrivedAt, "just-browsing")), List.of(), List.of());
    }
}
