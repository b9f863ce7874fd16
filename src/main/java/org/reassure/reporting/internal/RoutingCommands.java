package org.reassure.reporting.internal;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.Routing;

/** The routing commands of {@code admin}: which unit covers a postcode district, and the list of them. */
final class RoutingCommands {

    private RoutingCommands() {}

    @Component
    @Command(
            name = "map-postcode",
            mixinStandardHelpOptions = true,
            description =
                    "Sends reports from a postcode district (like TW3) to a unit; --unit none sends them to the force triage queue.")
    static class MapPostcode implements CliCommand {

        @Option(
                names = "--district",
                required = true,
                description = "Postcode district, the part before the space, like TW3")
        String district;

        @Option(names = "--unit", required = true, description = "Unit code, like HNS, or none")
        String unit;

        private final Routing routing;
        private final AuditLog auditLog;

        MapPostcode(Routing routing, AuditLog auditLog) {
            this.routing = routing;
            this.auditLog = auditLog;
        }

        @Override
        public String group() {
            return "admin";
        }

        @Override
        public Integer call() {
            try {
                if ("none".equalsIgnoreCase(unit)) {
                    boolean removed = routing.unmap(district);
                    auditLog.recordAs(
                            "command-line",
                            "",
                            AuditAction.ERASURE,
                            "postcode-district",
                            district,
                            "admin map-postcode",
                            AuditOutcome.ALLOWED,
                            null);
                    System.out.println(
                            removed
                                    ? "Reports from " + district.strip().toUpperCase()
                                            + " now go to the force triage queue"
                                    : "No unit covered " + district.strip().toUpperCase());
                    return 0;
                }
                Routing.DistrictUnit mapped = routing.map(district, unit);
                auditLog.recordAs(
                        "command-line",
                        "",
                        AuditAction.ALTERATION,
                        "postcode-district",
                        mapped.district(),
                        "admin map-postcode",
                        AuditOutcome.ALLOWED,
                        null);
                System.out.println("Reports from " + mapped.district() + " now go to " + mapped.unitCode());
                return 0;
            } catch (InvalidInput invalid) {
                throw CommandFailure.of(invalid);
            }
        }
    }

    @Component
    @Command(
            name = "list-postcodes",
            mixinStandardHelpOptions = true,
            description = "Lists the postcode districts and the unit covering each.")
    static class ListPostcodes implements CliCommand {

        private final Routing routing;

        ListPostcodes(Routing routing) {
            this.routing = routing;
        }

        @Override
        public String group() {
            return "admin";
        }

        @Override
        public Integer call() {
            routing.all().forEach(mapping -> System.out.println(mapping.district() + "\t" + mapping.unitCode()));
            return 0;
        }
    }
}
