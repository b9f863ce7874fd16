package org.reassure.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** Administrators manage units and accounts. Each page posts, then redirects (post/redirect/get). */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AdminController {

    private final Units units;
    private final StaffAccounts accounts;
    private final Clock clock;

    AdminController(Units units, StaffAccounts accounts, Clock clock) {
        this.units = units;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String index() {
        return "admin/index";
    }

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("units", units.all());
        return "admin/units";
    }

    @GetMapping("/units/new")
    String newUnit(Model model) {
        model.addAttribute("form", new UnitForm("", "", ""));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("parents", units.all());
        return "admin/unit-new";
    }

    @PostMapping("/units/new")
    @Audited(action = AuditAction.COLLECTION, record = "unit")
    String createUnit(UnitForm form, Model model, RedirectAttributes redirect) {
        try {
            Unit unit = units.create(form.code(), form.name(), form.parent());
            redirect.addFlashAttribute(
                    "success",
                    "Unit " + unit.code() + " (" + unit.name() + ") created as a "
                            + unit.kind().label().toLowerCase());
            return "redirect:/admin/units";
        } catch (InvalidInput invalid) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(invalid));
            model.addAttribute("parents", units.all());
            return "admin/unit-new";
        }
    }

    @GetMapping("/users")
    @Audited(action = AuditAction.CONSULTATION, record = "user")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("now", clock.instant());
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        return userForm(model, FormErrors.none(), null);
    }

    @PostMapping("/users/new")
    @Audited(action = AuditAction.COLLECTION, record = "user")
    String createUser(UserForm form, Model model, RedirectAttributes redirect) {
        try {
            StaffAccount account = accounts.create(
                    form.username(),
                    form.displayName(),
                    form.roleSet(),
                    form.unit(),
                    form.organisation(),
                    form.password(),
                    form.workPhone());
            redirect.addFlashAttribute(
                    "success",
                    "Account " + account.username() + " created. Give the password to " + account.displayName()
                            + " in person or by phone, never by email.");
            return "redirect:/admin/users/" + account.id();
        } catch (InvalidInput invalid) {
            model.addAttribute("form", form.withoutPassword());
            return userForm(model, FormErrors.of(invalid), null);
        }
    }

    @GetMapping("/users/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "user", id = "id")
    String user(@PathVariable long id, Model model) {
        StaffAccount account = accounts.get(id);
        model.addAttribute("form", UserForm.of(account));
        return userForm(model, FormErrors.none(), account);
    }

    @PostMapping("/users/{id}")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String updateUser(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        try {
            accounts.update(id, form.displayName(), form.roleSet(), form.unit(), form.organisation(), form.workPhone());
            redirect.addFlashAttribute("success", "Changes to " + account.username() + " saved.");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("form", form.withUsername(account.username()));
            return userForm(model, FormErrors.of(invalid), account);
        }
    }

    @PostMapping("/users/{id}/unlock")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("success", "Account unlocked. The person can sign in now.");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/enabled")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        if (!enabled && CurrentStaff.require().id() == id) {
            redirect.addFlashAttribute("problem", "You cannot switch off your own account.");
            return "redirect:/admin/users/" + id;
        }
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute(
                "success",
                enabled
                        ? "Account switched on."
                        : "Account switched off. The person can no longer sign in or use API tokens.");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/password")
    @Audited(action = AuditAction.ALTERATION, record = "user", id = "id")
    String password(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect) {
        StaffAccount account = accounts.get(id);
        try {
            accounts.setPassword(id, password);
            redirect.addFlashAttribute("success", "New password set for " + account.username() + ".");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("form", UserForm.of(account));
            return userForm(model, FormErrors.of(invalid), account);
        }
    }

    private String userForm(Model model, FormErrors errors, StaffAccount account) {
        model.addAttribute("errors", errors);
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("units", units.all());
        model.addAttribute("now", clock.instant());
        return account == null ? "admin/user-new" : "admin/user";
    }

    record UnitForm(String code, String name, String parent) {}

    record UserForm(
            String username,
            String displayName,
            List<String> roles,
            String unit,
            String organisation,
            String password,
            String workPhone) {

        static UserForm empty() {
            return new UserForm("", "", List.of(), "", "", "", "");
        }

        static UserForm of(StaffAccount account) {
            return new UserForm(
                    account.username(),
                    account.displayName(),
                    account.roles().stream().map(Role::name).toList(),
                    account.unitCode() == null ? "" : account.unitCode(),
                    account.organisationCode() == null ? "" : account.organisationCode(),
                    "",
                    account.workPhone() == null ? "" : account.workPhone());
        }

        UserForm withoutPassword() {
            return new UserForm(username, displayName, roles, unit, organisation, "", workPhone);
        }

        UserForm withUsername(String name) {
            return new UserForm(name, displayName, roles, unit, organisation, "", workPhone);
        }

        Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            if (roles != null) {
                for (String code : roles) {
                    for (Role role : Role.values()) {
                        if (role.name().equals(code)) {
                            set.add(role);
                        }
                    }
                }
            }
            return set;
        }

        public boolean hasRole(String code) {
            return roles != null && roles.contains(code);
        }
    }
}
