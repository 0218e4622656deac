package io.lien.server.orders.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a piece is delivered, as the shopper wrote it. Checked for what a carrier needs (a name, a
 * street, a postcode, a town, a country Lien knows), never rewritten; kept as lines on the order.
 */
public record DeliveryAddress(String name, String street, String postcode, String city, String country) {

    public static final int MAX_FIELD = 100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,10}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** What is wrong with it, as message keys (empty when a carrier can take it). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        check(name, "problem.address.name", out);
        check(street, "problem.address.street", out);
        check(city, "problem.address.city", out);
        if (postcode == null || !POSTCODE.matcher(postcode.strip()).matches()) {
            out.add("problem.address.postcode");
        }
        if (country == null || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            out.add("problem.address.country");
        }
        return out;
    }

    private static void check(String field, String key, List<String> out) {
        if (field == null || field.isBlank() || field.length() > MAX_FIELD || CONTROL.matcher(field).find()) {
            out.add(key);
        }
    }

    /** As kept on the order: a line per field, the country as its code ({@link #parse} reads it back). */
    public String lines() {
        return String.join("\n", name.strip(), street.strip(), postcode.strip(), city.strip(), country.strip().toUpperCase(Locale.ROOT));
    }

    /** On one line, as a page shows it: "Amara Diallo, 12 rue des Rosiers, 75004 Paris, FR". */
    public String oneLine() {
        return String.join(", ", name.strip(), street.strip(), postcode.strip() + " " + city.strip(), country.strip().toUpperCase(Locale.ROOT));
    }

    /** The address kept on an order; fields it lacks read empty. */
    public static DeliveryAddress parse(String lines) {
        String[] f = (lines == null ? "" : lines).split("\n", -1);
        return new DeliveryAddress(at(f, 0), at(f, 1), at(f, 2), at(f, 3), at(f, 4));
    }

    private static String at(String[] fields, int i) {
        return i < fields.length ? fields[i] : "";
    }
}
