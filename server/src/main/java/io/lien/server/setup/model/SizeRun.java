package io.lien.server.setup.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes a rack gets, as a person types them: a run between two of the product's sizes
 * ({@code "36-44"}, {@code "S–XL"}, {@code "36..44"}) or a list ({@code "36, 38, 42"}), checked against
 * the sizes the catalogue has for the product, in the catalogue's order.
 */
public final class SizeRun {

    private SizeRun() {
    }

    /** The sizes meant, in the product's order; a reason in the exception when one is not the product's. */
    public static List<String> of(String text, List<String> productSizes) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no sizes: write a run like 36-44 or a list like 36, 38, 40");
        }
        String spec = text.trim();
        String[] ends = spec.split("\\s*(\\.\\.|–|—|(?<=\\w)-(?=\\w))\\s*");
        if (ends.length == 2 && !spec.contains(",")) {
            return run(ends[0], ends[1], productSizes);
        }
        List<String> sizes = new ArrayList<>();
        for (String s : spec.split("\\s*[,;/]\\s*|\\s+")) {
            if (!s.isEmpty()) {
                sizes.add(known(s, productSizes));
            }
        }
        return List.copyOf(sizes);
    }

    private static List<String> run(String first, String last, List<String> productSizes) {
        int from = productSizes.indexOf(known(first, productSizes));
        int to = productSizes.indexOf(known(last, productSizes));
        if (to < from) {
            throw new IllegalArgumentException("'" + first + "' comes after '" + last + "' in the product's sizes " + productSizes);
        }
        return List.copyOf(productSizes.subList(from, to + 1));
    }

    private static String known(String size, List<String> productSizes) {
        for (String s : productSizes) {
            if (s.equalsIgnoreCase(size)) {
                return s;
            }
        }
        if (productSizes.isEmpty()) {
            throw new IllegalArgumentException("the product has no sizes in the catalogue (import its variants first)");
        }
        throw new IllegalArgumentException("'" + (size.length() > 16 ? size.substring(0, 16) + "…" : size)
                + "' is not one of the product's sizes " + productSizes);
    }

    /** Which size each of {@code hangers} hangers carries: the sizes in turn, each on an equal share, in order. */
    public static List<String> spread(List<String> sizes, int hangers) {
        List<String> each = new ArrayList<>(hangers);
        for (int i = 0; i < hangers; i++) {
            each.add(sizes.get((int) ((long) i * sizes.size() / hangers)));
        }
        return each;
    }
}
