package io.lien.server.web;

/** The pages Lien serves (the export, a selection) put people's words in HTML: escaped, always. */
public final class Html {

    private Html() {
    }

    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
