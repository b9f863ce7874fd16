package org.reassure.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The offence catalogue and the Home Office outcome list, both kept as data. */
@Service
public class Catalogues {

    public record Offence(
            String code, String name, String group, boolean aggravated, boolean s66Uplift, String legislation) {}

    public record Outcome(int code, String name, boolean positive, boolean withdrawal) {}

    private final JdbcClient jdbc;

    Catalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Offence> offences() {
        return jdbc.sql("SELECT * FROM offence WHERE active ORDER BY sort_order")
                .query((rs, n) -> offence(rs))
                .list();
    }

    public Optional<Offence> offence(String code) {
        return jdbc.sql("SELECT * FROM offence WHERE code = ? AND active")
                .param(code == null ? "" : code.trim().toUpperCase())
                .query((rs, n) -> offence(rs))
                .optional();
    }

    public List<Outcome> outcomes() {
        return jdbc.sql("SELECT * FROM outcome_type WHERE active ORDER BY code")
                .query((rs, n) -> outcome(rs))
                .list();
    }

    public Optional<Outcome> outcome(int code) {
        return jdbc.sql("SELECT * FROM outcome_type WHERE code = ? AND active")
                .param(code)
                .query((rs, n) -> outcome(rs))
                .optional();
    }

    private static Offence offence(ResultSet rs) throws SQLException {
        return new Offence(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("offence_group"),
                rs.getBoolean("aggravated"),
                rs.getBoolean("s66_uplift"),
                rs.getString("legislation"));
    }

    private static Outcome outcome(ResultSet rs) throws SQLException {
        return new Outcome(
                rs.getInt("code"), rs.getString("name"), rs.getBoolean("positive"), rs.getBoolean("withdrawal"));
    }
}
