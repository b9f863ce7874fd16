package org.reassure.insights.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ODS files FastODS writes read back cell by cell in another library (SODS): text exactly as written, numbers as
 * numbers, and every control character XML cannot carry as U+FFFD, the replacement character, while tab, line feed
 * and carriage return are kept.
 */
class OdsWriterTest {

    private static final String EVERY_CONTROL;

    static {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            controls.append(c);
        }
        EVERY_CONTROL = controls.toString();
    }

    @Test
    void every_cell_reads_back_with_control_characters_as_the_replacement_character() throws Exception {
        List<List<?>> rows = List.of(
                List.of("Offence group", "Race or ethnicity", "Strand\u0000with a NUL", "Total offences"),
                List.of("Public order offences", 3L, 1L, 4L),
                List.of("Bell\u0007 and escape\u001B", 0L, 12345L, 12345L),
                List.of("tab\there, line\nfeed, return\r\nand <&> \"quotes\"", 1L, 2L, 3L),
                List.of(EVERY_CONTROL, "\uFFFE\uFFFF", "half \uD800 a pair, whole \uD83D\uDE00", "Cymraeg: ŵ ŷ â"),
                List.of("All offences", 4L, 12348L, 12352L));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdsWriter.write(out, "Return\u0001 2024", rows);
        Sheet sheet = new SpreadSheet(new ByteArrayInputStream(out.toByteArray())).getSheet(0);

        assertThat(sheet.getName()).isEqualTo("Return\uFFFD 2024");
        List<List<Object>> read = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.add(sheet.getRange(r, c).getValue());
            }
            read.add(row);
        }
        String replacedControls = EVERY_CONTROL
                .chars()
                .mapToObj(c -> c == '\t' || c == '\n' || c == '\r' ? String.valueOf((char) c) : "\uFFFD")
                .reduce("", String::concat);
        assertThat(read)
                .containsExactly(
                        List.of("Offence group", "Race or ethnicity", "Strand\uFFFDwith a NUL", "Total offences"),
                        List.of("Public order offences", 3.0, 1.0, 4.0),
                        List.of("Bell\uFFFD and escape\uFFFD", 0.0, 12345.0, 12345.0),
                        List.of("tab\there, line\nfeed, return\r\nand <&> \"quotes\"", 1.0, 2.0, 3.0),
                        List.of(
                                replacedControls,
                                "\uFFFD\uFFFD",
                                "half \uFFFD a pair, whole \uD83D\uDE00",
                                "Cymraeg: ŵ ŷ â"),
                        List.of("All offences", 4.0, 12348.0, 12352.0));
    }

    @Test
    void only_characters_xml_cannot_carry_and_controls_other_than_tab_and_line_ends_are_replaced() {
        assertThat(OdsWriter.clean("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
        assertThat(OdsWriter.clean("\u0000\u0008\u000B\u000C\u001F\u007F\u0085\u009F"))
                .isEqualTo("\uFFFD".repeat(8));
        assertThat(OdsWriter.clean("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
        assertThat(OdsWriter.clean("\uD83D\uDE00 é ŵ")).isEqualTo("\uD83D\uDE00 é ŵ");
    }
}
