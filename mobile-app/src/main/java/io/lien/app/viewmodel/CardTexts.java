package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.Dtos;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The card's smaller lines in the advisor's language: dates that matter, people, what the client agreed to. */
final class CardTexts {

    private final I18n i18n;

    CardTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Inès's birthday (her daughter) · 2 Dec · in 9 days". */
    String date(Dtos.DateEntry d) {
        String when = d.day() + " " + Month.of(d.month()).getDisplayName(TextStyle.SHORT, i18n.locale());
        String whose = d.person() == null ? i18n.t("date.theirs") : d.person();
        String soon = d.inDays() == 0 ? i18n.t("date.today") : i18n.t("date.in", d.inDays());
        return i18n.t("date.kind." + known(d.kind(), "birthday", "anniversary")) + " · " + whose + " · " + when + " · " + soon;
    }

    /** "Brought Amara Diallo · 1 order since" (referral credit), "Household: her daughter Inès". */
    String person(Dtos.Person p) {
        String line = i18n.t("person." + known(p.kind(), "household", "friend", "brought-by", "brought"), p.name());
        return p.ordersSince() == null ? line : line + " · " + i18n.t("person.orders", p.ordersSince());
    }

    /** Contact channels the client agreed to, and their quiet hours; presence and profiling by name. */
    List<String> consents(Map<String, Boolean> given, String quietHours) {
        List<String> out = new ArrayList<>();
        given.forEach((code, yes) -> {
            if (yes) {
                out.add(i18n.t("consent." + known(code, "presence", "profiling", "contact-email", "contact-sms",
                        "contact-messaging", "contact-phone")));
            }
        });
        if (out.isEmpty()) {
            out.add(i18n.t("consent.none"));
        }
        if (quietHours != null) {
            out.add(i18n.t("consent.quiet", quietHours));
        }
        return out;
    }

    private static String known(String code, String... codes) {
        for (String c : codes) {
            if (c.equals(code)) {
                return c;
            }
        }
        return "other";
    }
}
