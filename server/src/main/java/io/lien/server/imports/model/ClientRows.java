package io.lien.server.imports.model;

import io.lien.server.i18n.Languages;

import java.util.List;
import java.util.Locale;

/** Client rows of both formats. */
final class ClientRows {

    static final List<String> CHANNELS = List.of("email", "sms", "whatsapp", "phone");
    /** The languages Lien speaks to its clients (i18n/languages.list): adding one there lets the import take it. */
    static final List<String> LANGUAGES = Languages.all().spoken().stream().map(Locale::toLanguageTag).toList();

    private ClientRows() {
    }

    static Parsed<?> lien(Fields f) {
        try {
            String email = f.email("email");
            String phone = f.text("phone", 40);
            return new Parsed.Ok<>(new ImportedClient(f.id("id"), f.required("first_name", 80), f.required("last_name", 80),
                    f.oneOf("pronoun", List.of("she", "he", "they"), "they"), email, blank(phone),
                    f.oneOf("language", LANGUAGES, "fr"), f.oneOf("preferred_channel", CHANNELS, email != null ? "email" : "phone"),
                    blank(f.text("sizes", 120)), blank(f.text("interests", 400)), f.yes("presence_consent"),
                    f.yes("contact_email"), f.yes("contact_sms"), blank(f.text("advisor", 40))));
        } catch (Fields.Bad bad) {
            return Parsed.refused(bad.getMessage());
        }
    }

    static Parsed<?> shopify(Fields f, String language) {
        try {
            String customerId = f.required("customer id", 24);
            if (!customerId.matches("\\d{1,20}")) {
                return Parsed.refused("customer id '" + customerId + "' is not a Shopify id");
            }
            String first = f.text("first name", 80);
            String last = f.text("last name", 80);
            if (first.isEmpty() && last.isEmpty()) {
                return Parsed.refused("first name and last name are both missing");
            }
            String email = f.email("email");
            String phone = blank(f.text("phone", 40));
            boolean emailOk = f.yes("accepts email marketing");
            boolean smsOk = f.yes("accepts sms marketing");
            String channel = emailOk && email != null ? "email" : smsOk && phone != null ? "sms" : email != null ? "email" : "phone";
            return new Parsed.Ok<>(new ImportedClient("shopify-" + customerId, first, last, "they", email, phone, language, channel,
                    null, blank(f.text("tags", 400)), false, emailOk, smsOk, null));
        } catch (Fields.Bad bad) {
            return Parsed.refused(bad.getMessage());
        }
    }

    static String blank(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
