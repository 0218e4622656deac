package io.lien.server.moments.model;

/** A sentence in both of Lien's languages. */
public record Text(String en, String fr) {

    public Text plus(Text more) {
        return new Text(en + more.en, fr + more.fr);
    }

    public static Text of(String en, String fr) {
        return new Text(en, fr);
    }

    public static Text none() {
        return new Text("", "");
    }
}
