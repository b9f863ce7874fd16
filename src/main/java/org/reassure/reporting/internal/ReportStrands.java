package org.reassure.reporting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strands a reporter may choose: the five monitored nationally and the force's local ones. It reads case work's
 * published catalogue ({@code casework_strand_v}): asking case work's Java API would make the two modules depend on
 * each other in a circle, since case work listens to reporting's events.
 */
@Component
public class ReportStrands {

    public record Choice(String code, String name, boolean monitored) {}

    private final JdbcClient jdbc;

    ReportStrands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Choice> active() {
        return jdbc.sql("SELECT code, name, monitored FROM casework_strand_v WHERE active ORDER BY sort_order")
                .query((rs, row) -> new Choice(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    Set<String> activeCodes() {
        Set<String> codes = new LinkedHashSet<>();
        active().forEach(choice -> codes.add(choice.code()));
        return codes;
    }
}
