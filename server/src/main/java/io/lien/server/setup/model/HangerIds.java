package io.lien.server.setup.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hanger ids as a person types them for a rack: {@code "h-101..h-110"}, {@code "h-101, h-103"}, or both
 * ({@code "h-101..h-105, h-120"}). A range keeps the digits' width ({@code h-098..h-102}).
 */
public final class HangerIds {

    /** The most a single step takes: a wall of racks. */
    public static final int MAX = 1_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private HangerIds() {
    }

    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no hanger ids: write them like h-101..h-110 or h-101, h-102");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dots = part.indexOf("..");
            if (dots < 0) {
                ids.add(id(part));
            } else {
                range(id(part.substring(0, dots)), id(part.substring(dots + 2)), ids);
            }
            if (ids.size() > MAX) {
                throw new IllegalArgumentException("more than " + MAX + " hangers in one step");
            }
        }
        return List.copyOf(ids);
    }

    private static void range(String first, String last, Set<String> into) {
        Matcher a = NUMBERED.matcher(first);
        Matcher b = NUMBERED.matcher(last);
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
            throw new IllegalArgumentException("'" + first + ".." + last + "' is not a range: both ends need the same prefix and a number");
        }
        long from = Long.parseLong(a.group(2).length() > 12 ? "x" : a.group(2));
        long to = Long.parseLong(b.group(2).length() > 12 ? "x" : b.group(2));
        if (to < from) {
            throw new IllegalArgumentException("'" + first + ".." + last + "' runs backwards");
        }
        if (to - from >= MAX) {
            throw new IllegalArgumentException("more than " + MAX + " hangers in one step");
        }
        int width = a.group(2).length();
        List<String> expanded = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            expanded.add(id(a.group(1) + String.format("%0" + width + "d", n)));
        }
        into.addAll(expanded);
    }

    private static String id(String s) {
        if (!ID.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                    + "' is not a device id ([A-Za-z0-9_-]{1,32})");
        }
        return s;
    }
}
