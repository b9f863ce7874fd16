package org.reassure.uploads.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.reassure.testing.TestFiles;
import org.reassure.uploads.UploadProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The re-encoding and its refusals, without Spring: fast checks of each kind of file. */
class StrippingTest {

    @Test
    void a_jpeg_loses_its_exif_and_is_turned_the_way_its_orientation_says() throws Exception {
        byte[] original = TestFiles.jpegWithExif(60, 20, 6);
        assertThat(TestFiles.contains(original, TestFiles.SERIAL)).isTrue();
        assertThat(TestFiles.contains(original, TestFiles.GPS_SECONDS)).isTrue();

        Stripped stripped = CheckedUploads.strip("image/jpeg", original);

        assertThat(stripped.contentType()).isEqualTo("image/jpeg");
        assertNothingOf(stripped.content());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stripped.content()));
        // Orientation 6: turned a quarter clockwise, so the red left half is now on top.
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(reddish(image.getRGB(10, 5))).isTrue();
        assertThat(reddish(image.getRGB(10, 55))).isFalse();
    }

    @Test
    void a_png_loses_its_text_and_exif_chunks() throws Exception {
        byte[] original = TestFiles.pngWithText();
        assertThat(TestFiles.contains(original, "tEXt")).isTrue();

        Stripped stripped = CheckedUploads.strip("image/png", original);

        assertThat(stripped.contentType()).isEqualTo("image/png");
        assertNothingOf(stripped.content());
        assertThat(TestFiles.contains(stripped.content(), "tEXt")).isFalse();
        assertThat(TestFiles.contains(stripped.content(), "eXIf")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped.content())).getWidth())
                .isEqualTo(40);
    }

    @Test
    void a_gif_becomes_a_png() throws Exception {
        byte[] gif = TestFiles.encode(TestFiles.picture(10, 10), "gif");
        Stripped stripped = CheckedUploads.strip("image/gif", gif);
        assertThat(stripped.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped.content())).getHeight())
                .isEqualTo(10);
    }

    @Test
    void a_webp_is_decoded_and_stored_as_a_png() throws Exception {
        // The smallest lossless and lossy WebP images (one pixel), as browsers' feature tests use them.
        for (String webp : List.of(
                "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==",
                "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA")) {
            Stripped stripped =
                    CheckedUploads.strip("image/webp", Base64.getDecoder().decode(webp));
            assertThat(stripped.contentType()).isEqualTo("image/png");
            assertThat(ImageIO.read(new ByteArrayInputStream(stripped.content()))
                            .getWidth())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_pdf_loses_its_document_information_and_xmp() throws IOException, Refusal {
        byte[] original = TestFiles.pdfWithMetadata();
        assertThat(TestFiles.contains(original, TestFiles.AUTHOR)).isTrue();

        Stripped stripped = CheckedUploads.strip("application/pdf", original);

        assertThat(TestFiles.contains(stripped.content(), TestFiles.AUTHOR)).isFalse();
        assertThat(TestFiles.contains(stripped.content(), TestFiles.SERIAL)).isFalse();
        assertThat(TestFiles.contains(stripped.content(), TestFiles.CAMERA)).isFalse();
        try (PDDocument document = Loader.loadPDF(stripped.content())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void a_pdf_with_javascript_is_refused_as_hiding_content() {
        byte[] script =
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
                                + " endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII);
        assertRefused("application/pdf", script, UploadProblem.HIDDEN_CONTENT);
    }

    @Test
    void refusals_name_the_problem() {
        assertRefused("image/png", TestFiles.pngBomb(), UploadProblem.TOO_MANY_PIXELS);
        assertRefused("image/jpeg", TestFiles.jpegWithZip(), UploadProblem.HIDDEN_CONTENT);
        assertRefused(
                "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 1, 2, 3},
                UploadProblem.UNREADABLE);
        assertRefused(
                "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII), UploadProblem.UNREADABLE);
        assertThat(CheckedUploads.isHeif(TestFiles.heic())).isTrue();
        assertThat(CheckedUploads.isHeif(TestFiles.pngBomb())).isFalse();
    }

    @Test
    void every_orientation_gives_the_picture_its_upright_size() {
        BufferedImage source = TestFiles.picture(30, 10);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = ImageStripper.oriented(source, orientation);
            assertThat(turned.getWidth()).as("orientation %d", orientation).isEqualTo(orientation >= 5 ? 10 : 30);
        }
        // Orientation 8: turned a quarter anticlockwise, so the red left half is now at the bottom.
        BufferedImage eight = ImageStripper.oriented(source, 8);
        assertThat(reddish(eight.getRGB(5, 25))).isTrue();
    }

    private static void assertNothingOf(byte[] stripped) {
        assertThat(TestFiles.contains(stripped, TestFiles.SERIAL)).isFalse();
        assertThat(TestFiles.contains(stripped, TestFiles.CAMERA)).isFalse();
        assertThat(TestFiles.contains(stripped, TestFiles.GPS_SECONDS)).isFalse();
        assertThat(TestFiles.contains(stripped, "Exif")).isFalse();
    }

    private static void assertRefused(String type, byte[] content, UploadProblem problem) {
        assertThatThrownBy(() -> CheckedUploads.strip(type, content))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).problem())
                .isEqualTo(problem);
    }

    private static boolean reddish(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int blue = rgb & 0xFF;
        return red > 150 && blue < 100;
    }
}
