package org.reassure.identity.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;

/** What the two account pages show: a new account's form, or an account with its forms. */
@Component
class AccountPages {

    private final Units units;
    private final Clock clock;

    AccountPages(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The page for a new account (account null), or for the account. */
    String show(Model model, UserForm form, FormErrors errors, StaffAccount account) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("units", UnitAdminController.choices(units.all()));
        model.addAttribute("now", clock.instant());
        return account == null ? "admin/user-new" : "admin/user";
    }

    /** The list of accounts, each with its status now. */
    void list(Model model, List<StaffAccount> accounts) {
        model.addAttribute("accounts", accounts);
        model.addAttribute("now", clock.instant());
    }
}
