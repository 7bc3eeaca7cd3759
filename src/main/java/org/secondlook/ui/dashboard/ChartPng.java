package org.secondlook.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes a snapshot of a chart as a PNG file (pixel by pixel, without the Swing bridge). */
final class ChartPng {
    private ChartPng() {
    }

    static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("No PNG writer is available.");
        }
    }
}
