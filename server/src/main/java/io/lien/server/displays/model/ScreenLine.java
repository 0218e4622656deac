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

    /** As many of {@code items} as fit after {@code prefix}, the rest said by an ellipsis. */
    static String list(int width, String prefix, List<String> items) {
        StringBuilder line = new StringBuilder(prefix);
        for (int i = 0; i < items.size(); i++) {
            String next = (i == 0 ? "" : " ") + items.get(i);
            boolean more = i < items.size() - 1;
            // room for this one, and for " …" after it if others must stay unsaid
            if (line.length() + next.length() > width || (more && line.length() + next.length() + 2 > width
                    && line.length() + next.length() + lengthOfRest(items, i + 1) > width)) {
                return fit(width, List.of(line.toString().stripTrailing() + " …"));
            }
            line.append(next);
        }
        return line.toString();
    }

    private static int lengthOfRest(List<String> items, int from) {
        int length = 0;
        for (int i = from; i < items.size(); i++) {
            length += 1 + items.get(i).length();
        }
        return length;
    }
}
