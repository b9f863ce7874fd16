package org.reassure.casework;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The hostility strands in use: the five monitored nationally, then those the force monitors locally. */
@Service
public class Strands {

    public record StrandInfo(String code, String name, boolean monitored) {}

    private final JdbcClient jdbc;

    Strands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ReligionCategory(String code, String name) {}

    public List<ReligionCategory> religionCategories() {
        return jdbc.sql("SELECT code, name FROM religion_category WHERE active ORDER BY sort_order")
                .query((rs, row) -> new ReligionCategory(rs.getString(1), rs.getString(2)))
                .list();
    }

    public List<StrandInfo> active() {
        return jdbc.sql("SELECT code, name, monitored FROM strand WHERE active ORDER BY sort_order")
                .query((rs, row) -> new StrandInfo(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }
}
