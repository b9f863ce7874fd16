package org.reassure.care.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.context.request.WebRequest;

import org.reassure.care.CareRules;
import org.reassure.care.Rule;
import org.reassure.care.RuleSet;
import org.reassure.care.RuleUnit;
import org.reassure.care.internal.RuleCodes;
import org.reassure.platform.FormErrors;

/**
 * The page that drafts a new rule set: when it comes into force (and ends, if it does), why, and for each
 * entitlement of {@link RuleCodes#ALL} a limit posted as {@code amount-CODE} and {@code unit-CODE}; a message Reassure
 * sends can be switched off ({@code on-CODE}: {@code on} or {@code off}; not posted means on).
 */
record RuleSetForm(
        DateFields from,
        DateFields to,
        String description,
        Map<String, String> amounts,
        Map<String, String> units,
        Map<String, String> switches) {

    /** What a rule that can be switched off may be posted as. */
    static final List<String> ON_OFF = List.of("on", "off");

    /** A draft starting from the limits of the newest set. */
    static RuleSetForm startingFrom(RuleSet latest) {
        Map<String, String> amounts = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> switches = new LinkedHashMap<>();
        latest.rules().values().forEach(rule -> {
            amounts.put(rule.code(), String.valueOf(rule.amount()));
            units.put(rule.code(), rule.unit().name());
            switches.put(rule.code(), rule.enabled() ? "on" : "off");
        });
        return new RuleSetForm(DateFields.empty(), DateFields.empty(), null, amounts, units, switches);
    }

    /** What the page posted: its fields are named after the entitlements, so they are read one by one. */
    static RuleSetForm posted(WebRequest request) {
        Map<String, String> amounts = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> switches = new LinkedHashMap<>();
        RuleCodes.ALL.keySet().forEach(code -> {
            amounts.put(code, request.getParameter("amount-" + code));
            units.put(code, request.getParameter("unit-" + code));
            switches.put(code, request.getParameter("on-" + code));
        });
        return new RuleSetForm(
                date(request, "from"),
                date(request, "to"),
                request.getParameter("description"),
                amounts,
                units,
                switches);
    }

    /** The draft to publish; dates and limits that cannot be read are in {@code errors}, by field. */
    CareRules.RuleSetDraft toDraft(FormErrors errors) {
        LocalDate start = from.read("from", true, errors);
        LocalDate end = to.read("to", false, errors);
        Map<String, Rule> drafted = new LinkedHashMap<>();
        RuleCodes.ALL.keySet().forEach(code -> {
            try {
                int amount = Integer.parseInt(strip(amounts.get(code)));
                boolean on = !Rule.canBeSwitchedOff(code) || !"off".equals(strip(switches.get(code)));
                drafted.put(code, new Rule(code, amount, RuleUnit.valueOf(strip(units.get(code))), on));
            } catch (IllegalArgumentException notANumber) {
                errors.add(code, CareRules.limitMissing(code));
            }
        });
        return new CareRules.RuleSetDraft(start, end, description, drafted);
    }

    public String get(String name) {
        if (name.startsWith("amount-")) {
            return amounts.get(name.substring("amount-".length()));
        }
        if (name.startsWith("on-")) {
            String value = switches.get(name.substring("on-".length()));
            return value == null ? "on" : value;
        }
        if (name.startsWith("unit-")) {
            return units.get(name.substring("unit-".length()));
        }
        if (name.startsWith("from-")) {
            return from.part(name.substring("from-".length()));
        }
        if (name.startsWith("to-")) {
            return to.part(name.substring("to-".length()));
        }
        return "description".equals(name) ? description : null;
    }

    private static DateFields date(WebRequest request, String name) {
        return new DateFields(
                request.getParameter(name + "-day"),
                request.getParameter(name + "-month"),
                request.getParameter(name + "-year"));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
