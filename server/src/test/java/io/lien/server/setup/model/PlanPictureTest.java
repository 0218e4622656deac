package io.lien.server.setup.model;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanPictureTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void aPngAndAJpegAreToldByTheirBytesWithTheirSizeInPixels() throws IOException {
        assertEquals(new PlanPicture("image/png", 640, 320), PlanPicture.of(image("png", 640, 320)));
        assertEquals(new PlanPicture("image/jpeg", 300, 200), PlanPicture.of(image("jpg", 300, 200)));
        assertEquals(12.0, new PlanPicture("image/png", 640, 320).heightM(24), 1e-9);
    }

    @Test
    void anythingElseIsRefusedWithTheReasonAndNothingReadsPastTheEnd() throws IOException {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlanPicture.of("<svg/>".getBytes())).getMessage()
                .contains("neither a PNG nor a JPEG"));
        assertThrows(IllegalArgumentException.class, () -> PlanPicture.of(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> PlanPicture.of(new byte[PlanPicture.MAX_BYTES + 1]));
        byte[] jpeg = image("jpg", 300, 200);
        assertThrows(IllegalArgumentException.class, () -> PlanPicture.of(Arrays.copyOf(jpeg, 12)), "a JPEG cut before its frame");
        byte[] png = image("png", 10, 10);
        png[16] = (byte) 0x7F; // a width of two billion pixels
        assertThrows(IllegalArgumentException.class, () -> PlanPicture.of(png));
        byte[] loop = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(IllegalArgumentException.class, () -> PlanPicture.of(loop), "a marker of length 0 does not loop");
    }
}
