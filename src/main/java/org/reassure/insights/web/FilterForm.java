package org.reassure.insights.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.BindParam;

/**
 * What the statistics pages are asked for, as typed: a unit's code, a strand's code and a period of whole months
 * (GOV.UK month and year fields, {@code from-month}, {@code from-year}, {@code to-month}, {@code to-year}). Empty
 * fields mean the page's defaults.
 */
public record FilterForm(
        String unit,
        String strand,
        @BindParam("from-month") String fromMonth,
        @BindParam("from-year") String fromYear,
        @BindParam("to-month") String toMonth,
        @BindParam("to-year") String toYear) {

    static FilterForm empty() {
        return new FilterForm(null, null, null, null, null, null);
    }

    FilterForm withUnit(String code) {
        return new FilterForm(code, strand, fromMonth, fromYear, toMonth, toYear);
    }

    FilterForm withStrand(String code) {
        return new FilterForm(unit, code, fromMonth, fromYear, toMonth, toYear);
    }

    FilterForm withPeriod(YearMonth from, YearMonth to) {
        return new FilterForm(
                unit,
                strand,
                String.valueOf(from.getMonthValue()),
                String.valueOf(from.getYear()),
                String.valueOf(to.getMonthValue()),
                String.valueOf(to.getYear()));
    }

    /** The fields by the names they are posted with. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unit", unit);
        fields.put("strand", strand);
        fields.put("from-month", fromMonth);
        fields.put("from-year", fromYear);
        fields.put("to-month", toMonth);
        fields.put("to-year", toYear);
        return fields;
    }

    /** The query string that asks for the same figures again (a download, a link back). */
    public String query() {
        return fields().entrySet().stream()
                .map(field -> field.getKey() + "="
                        + URLEncoder.encode(field.getValue() == null ? "" : field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** As the audit log records what was asked for. */
    @Override
    public String toString() {
        return query();
    }
}
