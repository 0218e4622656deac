package io.lien.server.displays.model;

/**
 * What the community says of a garment, in numbers: likes (online and in store) and words, the
 * critical ones among them counted, never left out.
 */
public record Voice(long likes, long comments, long critical) {

    public Voice {
        if (likes < 0 || comments < 0 || critical < 0 || critical > comments) {
            throw new IllegalArgumentException("counts must be positive, critical words among the comments");
        }
    }

    public static Voice silent() {
        return new Voice(0, 0, 0);
    }
}
