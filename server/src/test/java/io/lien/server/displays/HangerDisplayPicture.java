package io.lien.server.displays;

import io.lien.protocol.device.HangerDisplay;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A hanger's display as the device would show it (3 lines of 24 characters on a small LCD, its LED), for docs/screenshots. */
final class HangerDisplayPicture {

    private HangerDisplayPicture() {
    }

    static void write(HangerDisplay display, String caption, Path png) {
        int w = 760;
        int h = 300;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xfb, 0xf8, 0xf3));
        g.fillRect(0, 0, w, h);
        // the hanger's body and its screen
        g.setColor(new Color(0x3a, 0x34, 0x2e));
        g.fillRoundRect(40, 40, 680, 200, 36, 36);
        g.setColor(new Color(0xc8, 0xd8, 0xb0));
        g.fillRoundRect(70, 62, 540, 156, 14, 14);
        g.setColor(new Color(0x1d, 0x26, 0x14));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 34));
        int y = 108;
        for (String line : display.lines()) {
            g.drawString(line, 86, y);
            y += 44;
        }
        Color led = switch (display.led()) {
            case "on" -> new Color(0x2e, 0xcc, 0x40);
            case "blink" -> new Color(0xff, 0xb3, 0x00);
            default -> new Color(0x55, 0x55, 0x55);
        };
        g.setColor(led);
        g.fillOval(640, 118, 44, 44);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawOval(640, 118, 44, 44);
        g.setColor(new Color(0x57, 0x60, 0x6a));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString(caption + " — LED " + display.led(), 40, 276);
        g.dispose();
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
