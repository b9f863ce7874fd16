package org.reassure.synthetic.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.ReassureProperties;

/**
 * {@code generate}: loads a synthetic, realistic data set. It refuses a database that holds cases it did not
 * generate (real cases, or the hand-written demo cases) unless {@code --allow-existing} is given, and an
 * external database unless REASSURE_DEMO_DATA=true has opted it into demo content: synthetic cases in a live
 * database would be counted in its statistics and returns.
 */
@Component
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Loads synthetic hate crime cases, calibrated to the published national figures, for demonstrations and benchmarks.")
class GenerateCommand implements CliCommand {

    static final int MAX_CASES = 10_000_000;
    private static final Set<String> STRANDS =
            Set.of("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER");

    @Option(names = "--cases", required = true, description = "How many cases, 1 to 10,000,000")
    int cases;

    @Option(
            names = "--seed",
            description = "The same seed gives the same cases (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    @Option(
            names = "--from",
            description = "First day cases are received, like 2023-04-01 (default: --years before --to)")
    String from;

    @Option(names = "--to", description = "The day after the last day (default: today)")
    String to;

    @Option(
            names = "--years",
            description = "Length of the period when --from is not given (default ${DEFAULT-VALUE})",
            defaultValue = "3")
    int years;

    @Option(
            names = "--src-effect",
            description =
                    "Relative reduction in the hazard of withdrawal for cases randomised to a secondary reassurance contact, like 0.3 (default ${DEFAULT-VALUE})",
            defaultValue = "0")
    double srcEffect;

    @Option(
            names = "--spike",
            description =
                    "A rise after an event, DATE:STRAND:FACTOR:DAYS, like 2024-07-30:RACE:2.5:21 (repeatable; replaces the published events)")
    List<String> spike = new ArrayList<>();

    @Option(names = "--no-spikes", description = "No rises after events at all")
    boolean noSpikes;

    @Option(names = "--unit", description = "Only the boroughs below this unit (default: every unit)")
    String unit;

    @Option(names = "--verbose", description = "Also print the time spent copying into each table")
    boolean verbose;

    @Option(
            names = "--allow-existing",
            description = "Generate even though the database holds cases that were not generated")
    boolean allowExisting;

    private final SyntheticData data;
    private final ReassureProperties properties;
    private final Environment environment;

    GenerateCommand(SyntheticData data, ReassureProperties properties, Environment environment) {
        this.data = data;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String group() {
        return "";
    }

    @Override
    public Integer call() {
        Settings settings = settings(LocalDate.now(Formats.UK));
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank() && !properties.demoDataExplicitlyRequested()) {
            throw new CommandFailure("This is an external database: synthetic cases would be counted with real ones. "
                    + "Set REASSURE_DEMO_DATA=true if it is a demonstration or test database.");
        }
        long others = data.otherCases();
        if (others > 0 && !allowExisting) {
            throw new CommandFailure(String.format(
                    Locale.UK,
                    "The database holds %,d cases that were not generated. Synthetic cases would be "
                            + "counted with them; add --allow-existing only if this is a demonstration or test database.",
                    others));
        }
        try {
            SyntheticData.Result result = data.generate(
                    settings,
                    "command-line:" + System.getProperty("user.name", "unknown"),
                    ProgressBar.of(
                            settings.cases(),
                            System.err,
                            System.console() != null && settings.cases() >= CaseGenerator.BATCH));
            System.out.printf(
                    Locale.UK,
                    "Generated %,d synthetic cases (run %d, references starting SY) in %.1f s: %,.0f cases/s, %,d rows%n",
                    result.cases(),
                    result.runId(),
                    result.millis() / 1000.0,
                    result.casesPerSecond(),
                    result.rows());
            if (verbose) {
                result.writeMillis()
                        .forEach((what, millis) -> System.out.printf(Locale.UK, "  %-26s %,8d ms%n", what, millis));
            }
            return 0;
        } catch (InvalidInput invalid) {
            throw CommandFailure.of(invalid);
        }
    }

    /** The settings the options ask for, or a failure naming the option that is wrong. */
    Settings settings(LocalDate today) {
        if (cases < 1 || cases > MAX_CASES) {
            throw new CommandFailure("--cases: give a number of cases from 1 to 10,000,000 (you gave " + cases + ")");
        }
        if (srcEffect < 0 || srcEffect >= 1) {
            throw new CommandFailure(
                    "--src-effect: give a relative reduction from 0 to less than 1, like 0.3 (you gave " + srcEffect
                            + ")");
        }
        LocalDate end = to == null ? today : date("--to", to);
        if (end.isAfter(today)) {
            throw new CommandFailure("--to: give today or a day before it");
        }
        if (from == null && (years < 1 || years > 20)) {
            throw new CommandFailure("--years: give a number of years from 1 to 20");
        }
        LocalDate start = from == null ? end.minusYears(years) : date("--from", from);
        if (!start.isBefore(end)) {
            throw new CommandFailure("--from: the period must start before it ends (" + end + ")");
        }
        List<Settings.Spike> spikes = new ArrayList<>();
        for (String each : spike) {
            spikes.add(spike(each));
        }
        if (spikes.isEmpty() && !noSpikes) {
            spikes.addAll(Settings.publishedEvents());
        }
        if (noSpikes) {
            spikes.clear();
        }
        return new Settings(
                cases,
                seed,
                start,
                end,
                srcEffect,
                List.copyOf(spikes),
                unit == null || unit.isBlank() ? null : unit.strip());
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
            throw new CommandFailure(option + ": give a date like 2024-07-30 (you gave " + value + ")");
        }
    }

    private static Settings.Spike spike(String value) {
        String[] parts = value.strip().split(":");
        String usage = "--spike: give DATE:STRAND:FACTOR:DAYS, like 2024-07-30:RACE:2.5:21 (you gave " + value + ")";
        if (parts.length != 4) {
            throw new CommandFailure(usage);
        }
        LocalDate start = date("--spike", parts[0]);
        String strand = parts[1].strip().toUpperCase(Locale.UK);
        if (!STRANDS.contains(strand)) {
            throw new CommandFailure("--spike: the strand must be one of "
                    + String.join(", ", STRANDS.stream().sorted().toList()) + " (you gave " + parts[1] + ")");
        }
        try {
            double factor = Double.parseDouble(parts[2]);
            int days = Integer.parseInt(parts[3].strip());
            if (factor <= 0 || factor > 50 || days < 1 || days > 366) {
                throw new CommandFailure(
                        "--spike: the factor must be above 0 and at most 50, and the days from 1 to 366 (you gave "
                                + value + ")");
            }
            return new Settings.Spike(start, strand, factor, days);
        } catch (NumberFormatException bad) {
            throw new CommandFailure(usage);
        }
    }
}
