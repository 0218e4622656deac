package io.lien.server.displays.model;

import java.util.List;

/** One line of a small screen: the first wording that fits, else the last one cut with an ellipsis. */
final class ScreenLine {

    private ScreenLine() {
    }

    static String fit(int width, List<String> candidates) {
        for (String c : candidates) {
            if (c.length() <= width) {
                return c;
            }
        }
        String last = candidates.get(candidates.size() - 1);
        return last.substring(0, width - 1) + "…";
    }

    /** All of {@code items} after {@code prefix} if they fit, else as many as fit before " …". */
    static String list(int width, String prefix, List<String> items) {
        String all = prefix + String.join(" ", items);
        if (all.length() <= width) {
            return all;
        }
        StringBuilder line = new StringBuilder(prefix);
        for (int i = 0; i < items.size(); i++) {
            String next = (i == 0 ? "" : " ") + items.get(i);
            if (line.length() + next.length() + 2 > width) {
                break;
            }
            line.append(next);
        }
        return fit(width, List.of(line.toString().stripTrailing() + " …"));
    }
}
