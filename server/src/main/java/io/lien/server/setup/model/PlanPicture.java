package io.lien.server.setup.model;

/**
 * A floor plan's picture as uploaded: a PNG or a JPEG told by its bytes (never by its name or the type the
 * sender claims), with its size in pixels read from its header; anything else is refused with the reason.
 */
public record PlanPicture(String mediaType, int widthPx, int heightPx) {

    /** A phone's photo of the fire plan fits; a poster-size scan does not need to. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_SIDE = 20_000;

    public static PlanPicture of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the picture is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the picture is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        PlanPicture picture = isPng(bytes) ? png(bytes) : isJpeg(bytes) ? jpeg(bytes) : null;
        if (picture == null) {
            throw new IllegalArgumentException("the picture is neither a PNG nor a JPEG");
        }
        if (picture.widthPx < 1 || picture.heightPx < 1 || picture.widthPx > MAX_SIDE || picture.heightPx > MAX_SIDE) {
            throw new IllegalArgumentException("the picture's size (" + picture.widthPx + " × " + picture.heightPx + " px) is not one Lien shows");
        }
        return picture;
    }

    /** Its height in metres when its width is {@code widthM}. */
    public double heightM(double widthM) {
        return widthM * heightPx / widthPx;
    }

    private static boolean isPng(byte[] b) {
        return b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
    }

    private static PlanPicture png(byte[] b) {
        return new PlanPicture("image/png", int32(b, 16), int32(b, 20));
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    /** The size from the first start-of-frame marker; markers are walked by their lengths, never past the end. */
    private static PlanPicture jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new PlanPicture("image/jpeg", width, height);
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        long v = ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }
}
