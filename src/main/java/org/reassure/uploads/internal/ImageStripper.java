package org.reassure.uploads.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.reassure.uploads.UploadProblem;

/**
 * Re-encodes an image from its pixels alone, so that nothing of the original file survives but the picture: no EXIF
 * (with its GPS position and the camera's make and serial number), XMP, IPTC, ICC profile, comment or trailing data.
 * The EXIF orientation is applied to the pixels first, so the picture still shows the right way up. A JPEG stays a
 * JPEG; a PNG, GIF (its first frame) or WebP becomes a PNG. Its size in pixels is read before it is decoded, so a
 * small file that would open into an enormous picture (a decompression bomb) is refused without being opened.
 */
final class ImageStripper {

    /** The most pixels an image may have: 40 megapixels, more than any phone camera takes. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final float JPEG_QUALITY = 0.92f;

    static {
        ImageIO.setUseCache(false);
    }

    private ImageStripper() {}

    static Stripped strip(String contentType, byte[] content) throws Refusal {
        ImageLayout layout = ImageLayout.of(contentType, content);
        if (layout.hidesAnotherFile(content)) {
            throw new Refusal(UploadProblem.HIDDEN_CONTENT);
        }
        BufferedImage picture = oriented(decode(content), layout.orientation());
        try {
            if (contentType.equals("image/jpeg")) {
                return new Stripped("image/jpeg", jpeg(picture));
            }
            return new Stripped("image/png", png(picture));
        } catch (IOException e) {
            throw new Refusal(UploadProblem.UNREADABLE);
        }
    }

    private static BufferedImage decode(byte[] content) throws Refusal {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Refusal(UploadProblem.UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Refusal(UploadProblem.TOO_MANY_PIXELS);
                }
                if (pixels <= 0) {
                    throw new Refusal(UploadProblem.UNREADABLE);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Refusal(UploadProblem.UNREADABLE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            throw new Refusal(UploadProblem.UNREADABLE);
        } catch (OutOfMemoryError tooLarge) {
            throw new Refusal(UploadProblem.TOO_MANY_PIXELS);
        }
    }

    /** The picture turned as its EXIF orientation says (1 to 8), into a plain RGB or ARGB image. */
    static BufferedImage oriented(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(
                turned ? h : w, turned ? w : h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(source, transform, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage picture) throws IOException {
        BufferedImage rgb = picture;
        if (picture.getColorModel().hasAlpha()) {
            rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = rgb.createGraphics();
            graphics.drawImage(picture, 0, 0, java.awt.Color.WHITE, null);
            graphics.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}
