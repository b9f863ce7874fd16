package org.reassure.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Synthetic files for the upload tests, made here: photos carrying the metadata a phone writes (GPS position, camera
 * make, serial number, orientation), a PDF with an author and XMP, a HEIC header, a decompression bomb, a polyglot.
 */
public final class TestFiles {

    /** Text written into the metadata of the files below, which must never be stored. */
    public static final String SERIAL = "SN-0042-SECRET";

    public static final String CAMERA = "ReassureTestCam";
    public static final String AUTHOR = "Alice Secretname";

    /** The bytes of the GPS latitude's seconds (1234567/100000), distinctive enough to look for. */
    public static final byte[] GPS_SECONDS = {0x00, 0x12, (byte) 0xD6, (byte) 0x87, 0x00, 0x01, (byte) 0x86, (byte) 0xA0
    };

    private TestFiles() {}

    /**
     * A picture {@code width} x {@code height} whose left half is red and right half blue, as stored by a camera held
     * sideways: the EXIF orientation says how to turn it.
     */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    /** A JPEG with an EXIF block: camera make, serial number, GPS position and the given orientation. */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] jpeg = encode(picture(width, height), "jpeg");
        byte[] exif = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 6 + 2;
        out.write(length >> 8);
        out.write(length);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a tEXt comment holding the serial number and an eXIf chunk with the GPS position. */
    public static byte[] pngWithText() {
        byte[] png = encode(picture(40, 20), "png");
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.writeBytes(chunk("tEXt", ("Comment\0Camera " + SERIAL).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("eXIf", exif(1)));
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** A PNG whose header says 20,000 x 20,000 pixels (400 megapixels) though the file is tiny. */
    public static byte[] pngBomb() {
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(20_000)
                .putInt(20_000)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A JPEG with a ZIP archive after its end: a valid photo and a valid archive at once. */
    public static byte[] jpegWithZip() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(zip)) {
            archive.putNextEntry(new ZipEntry("payload.txt"));
            archive.write("hidden".getBytes(StandardCharsets.US_ASCII));
            archive.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = encode(picture(16, 16), "jpeg");
        byte[] both = Arrays.copyOf(jpeg, jpeg.length + zip.size());
        System.arraycopy(zip.toByteArray(), 0, both, jpeg.length, zip.size());
        return both;
    }

    /** The start of a HEIC photo from a phone: its {@code ftyp} box and some data. */
    public static byte[] heic() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[200]);
        return out.toByteArray();
    }

    /** A one-page PDF with an author, producer and XMP metadata naming the serial number. */
    public static byte[] pdfWithMetadata() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(AUTHOR);
            info.setProducer(CAMERA);
            document.setDocumentInformation(info);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/"
                            + "02/22-rdf-syntax-ns#\"><rdf:Description dc:creator=\"" + SERIAL
                            + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"/></rdf:RDF></x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return contains(haystack, needle.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** A big-endian TIFF block: IFD0 (make, orientation, pointers), an EXIF IFD (serial), a GPS IFD (latitude). */
    static byte[] exif(int orientation) {
        record Entry(int tag, int type, int count, byte[] value) {}
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] serial = (SERIAL + "\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] latitude = ByteBuffer.allocate(24)
                .putInt(51)
                .putInt(1)
                .putInt(28)
                .putInt(1)
                .put(GPS_SECONDS)
                .array();
        List<List<Entry>> ifds = new ArrayList<>();
        // IFD0's pointers are filled in once the offsets are known.
        ifds.add(new ArrayList<>(List.of(
                new Entry(0x010F, 2, make.length, make),
                new Entry(0x0112, 3, 1, new byte[] {0, (byte) orientation, 0, 0}),
                new Entry(0x8769, 4, 1, new byte[4]),
                new Entry(0x8825, 4, 1, new byte[4]))));
        ifds.add(List.of(new Entry(0xA431, 2, serial.length, serial)));
        ifds.add(List.of(new Entry(0x0001, 2, 2, new byte[] {'N', 0, 0, 0}), new Entry(0x0002, 5, 3, latitude)));
        int[] offsets = new int[3];
        int at = 8;
        for (int i = 0; i < 3; i++) {
            offsets[i] = at;
            at += 2 + 12 * ifds.get(i).size() + 4;
        }
        ifds.get(0)
                .set(
                        2,
                        new Entry(
                                0x8769,
                                4,
                                1,
                                ByteBuffer.allocate(4).putInt(offsets[1]).array()));
        ifds.get(0)
                .set(
                        3,
                        new Entry(
                                0x8825,
                                4,
                                1,
                                ByteBuffer.allocate(4).putInt(offsets[2]).array()));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer out = ByteBuffer.allocate(4096);
        out.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        for (List<Entry> ifd : ifds) {
            out.putShort((short) ifd.size());
            for (Entry entry : ifd) {
                out.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count());
                if (entry.value().length <= 4) {
                    out.put(Arrays.copyOf(entry.value(), 4));
                } else {
                    out.putInt(at + data.size());
                    data.writeBytes(entry.value());
                }
            }
            out.putInt(0);
        }
        out.put(data.toByteArray());
        return Arrays.copyOf(out.array(), out.position());
    }
}
