package org.reassure.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.internal.RuleCodes;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.Message;

/**
 * The entitlement rules as versioned data. A clock takes its limit from the set in force on the day it
 * starts and keeps it: publishing a new set changes clocks started afterwards, never open ones.
 */
@Service
public class CareRules {

    /** Serialises publishing, so two administrators cannot both append to the same end of the timeline. */
    private static final long PUBLISH_LOCK = 0x43415245_52554c45L;

    private final JdbcClient jdbc;
    private final Clock clock;

    CareRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rule set in force on the UK date of {@code when}. */
    @Transactional(readOnly = true)
    public RuleSet inForceAt(Instant when) {
        LocalDate day = when.atZone(Formats.UK).toLocalDate();
        return jdbc.sql("""
                SELECT * FROM care_rule_set WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to > ?)""")
                .params(day, day)
                .query((rs, n) -> rs.getLong("id"))
                .optional()
                .map(this::load)
                // After a set with an end date and no successor it stays in force; before the first set, the first
                // applies.
                .orElseGet(() -> load(jdbc.sql(
                                "SELECT id FROM care_rule_set WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1")
                        .param(day)
                        .query(Long.class)
                        .optional()
                        .orElseGet(() -> jdbc.sql("SELECT id FROM care_rule_set ORDER BY effective_from LIMIT 1")
                                .query(Long.class)
                                .single())));
    }

    /**
     * Whether the rule {@code code} is switched on in the set in force at {@code when}: a notification rule can be
     * switched off by a force; a rule the set does not name is on.
     */
    @Transactional(readOnly = true)
    public boolean isOn(String code, Instant when) {
        Rule rule = inForceAt(when).rules().get(code);
        return rule == null || rule.enabled();
    }

    @Transactional(readOnly = true)
    public List<RuleSet> all() {
        return jdbc.sql("SELECT id FROM care_rule_set ORDER BY effective_from DESC").query(Long.class).list().stream()
                .map(this::load)
                .toList();
    }

    @Transactional(readOnly = true)
    public RuleSet byVersion(int version) {
        return load(jdbc.sql("SELECT id FROM care_rule_set WHERE version = ?")
                .param(version)
                .query(Long.class)
                .single());
    }

    /**
     * Publishes a new set at the end of the timeline. It must begin today or later; it must begin after the
     * set in force (which then ends the day before) or, when the last set has an end date, exactly on it.
     */
    @Transactional
    public RuleSet publish(StaffPrincipal person, RuleSetDraft draft) {
        if (!person.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators publish rule sets.");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(PUBLISH_LOCK).query().singleRow();
        problems(draft).throwIfAny();
        RuleSet last = all().stream().findFirst().orElseThrow();
        LocalDate from = draft.effectiveFrom();
        Map<String, Rule> rules = new LinkedHashMap<>();
        RuleCodes.ALL.keySet().forEach(code -> rules.put(code, draft.rules().get(code)));
        if (last.effectiveTo() == null) {
            jdbc.sql("UPDATE care_rule_set SET effective_to = ? WHERE id = ?")
                    .params(from, last.id())
                    .update();
        }
        int version = last.version() + 1;
        long id = jdbc.sql("""
                INSERT INTO care_rule_set (version, effective_from, effective_to, description, published_by, published_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        version,
                        from,
                        draft.effectiveTo(),
                        draft.description().strip(),
                        person.getUsername(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        rules.values()
                .forEach(rule -> jdbc.sql(
                                "INSERT INTO care_rule (rule_set_id, code, amount, unit, enabled) VALUES (?, ?, ?, ?, ?)")
                        .params(
                                id,
                                rule.code(),
                                rule.amount(),
                                rule.unit().name(),
                                rule.enabled() || !Rule.canBeSwitchedOff(rule.code()))
                        .update());
        return load(id);
    }

    /** What is wrong with a draft rule set, without publishing it: every problem at once. */
    @Transactional(readOnly = true)
    public FormErrors problems(RuleSetDraft draft) {
        FormErrors errors = new FormErrors();
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        LocalDate from = draft.effectiveFrom();
        if (from == null) {
            errors.add("from", "care.problem.rulesFromMissing");
        } else if (from.isBefore(today)) {
            errors.add("from", "care.problem.rulesInPast");
        }
        if (draft.effectiveTo() != null && from != null && !draft.effectiveTo().isAfter(from)) {
            errors.add("to", "care.problem.rulesEndBeforeStart");
        }
        if (draft.description() == null
                || draft.description().isBlank()
                || draft.description().strip().length() > 500) {
            errors.add("description", "care.problem.rulesDescription");
        }
        for (String code : RuleCodes.ALL.keySet()) {
            Rule rule = draft.rules().get(code);
            if (rule == null || rule.unit() == null || rule.amount() < 1 || rule.amount() > 1000) {
                errors.add(code, limitMissing(code));
            }
        }
        RuleSet last = all().stream().findFirst().orElseThrow();
        if (from != null) {
            if (last.effectiveTo() == null && !from.isAfter(last.effectiveFrom())) {
                errors.add(
                        "from",
                        "care.problem.rulesOverlapOpen",
                        last.version(),
                        last.effectiveFrom().toString());
            } else if (last.effectiveTo() != null && from.isBefore(last.effectiveTo())) {
                errors.add(
                        "from",
                        "care.problem.rulesOverlapEnding",
                        last.version(),
                        last.lastDay().toString(),
                        last.effectiveTo().toString());
            } else if (last.effectiveTo() != null && from.isAfter(last.effectiveTo())) {
                errors.add(
                        "from",
                        "care.problem.rulesGap",
                        last.version(),
                        last.lastDay().toString(),
                        last.effectiveTo().toString());
            }
        }
        return errors;
    }

    /** "Enter a limit from 1 to 1000 for ...", naming the entitlement. */
    public static Message limitMissing(String code) {
        String entitlement = "care.field.rule." + code;
        return Message.of("care.problem.ruleLimit", Message.of(entitlement));
    }

    private RuleSet load(long id) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        jdbc
                .sql("SELECT code, amount, unit, enabled FROM care_rule WHERE rule_set_id = ?")
                .param(id)
                .query((rs, n) -> new Rule(
                        rs.getString("code"),
                        rs.getInt("amount"),
                        RuleUnit.valueOf(rs.getString("unit")),
                        rs.getBoolean("enabled")))
                .list()
                .stream()
                .sorted(Comparator.comparingInt(r -> order(r.code())))
                .forEach(rule -> rules.put(rule.code(), rule));
        return jdbc.sql("SELECT * FROM care_rule_set WHERE id = ?")
                .param(id)
                .query((rs, n) -> new RuleSet(
                        id,
                        rs.getInt("version"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getString("description"),
                        rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(),
                        Collections.unmodifiableMap(rules)))
                .single();
    }

    private static int order(String code) {
        int i = List.copyOf(RuleCodes.ALL.keySet()).indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** A rule set an administrator wants to publish. */
    public record RuleSetDraft(
            LocalDate effectiveFrom, LocalDate effectiveTo, String description, Map<String, Rule> rules) {}
}
