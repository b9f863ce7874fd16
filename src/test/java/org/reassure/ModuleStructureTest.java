package org.reassure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.platform.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules and their insides: each module's root package is its small API, declares which modules it may use,
 * and keeps its controllers in {@code web}, its demo data in {@code demo} and the rest in {@code internal}. The
 * module documentation (a diagram of all modules, and a canvas and diagram per module) is written to
 * {@code target/spring-modulith-docs} on every build.
 */
class ModuleStructureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reassure");

    private final ApplicationModules modules = ApplicationModules.of(ReassureApplication.class);

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void each_capability_is_a_module_of_its_own() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains(
                        "platform",
                        "identity",
                        "audit",
                        "casework",
                        "reporting",
                        "care",
                        "trials",
                        "referrals",
                        "insights",
                        "spikes",
                        "synthetic",
                        "notifications",
                        "uploads");
    }

    @Test
    void every_module_declares_the_modules_it_may_use() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (ApplicationModule module : modules) {
            Path packageInfo =
                    SOURCES.resolve(module.getIdentifier().toString()).resolve("package-info.java");
            if (!Files.exists(packageInfo) || !Files.readString(packageInfo).contains("allowedDependencies")) {
                undeclared.add(module.getIdentifier().toString());
            }
        }
        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
    }

    @Test
    void controllers_live_in_web_and_demo_data_in_demo() {
        List<String> misplaced = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String root = module.getBasePackage().getName();
            module.getBasePackage().stream().forEach(type -> {
                String name = type.getName();
                String inside = name.substring(root.length() + 1);
                boolean controller =
                        type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class);
                if (controller && !inside.startsWith("web.")) {
                    misplaced.add(name + " (a controller: web)");
                }
                if (type.isAssignableTo(DemoData.class) && !type.isInterface() && !inside.startsWith("demo.")) {
                    misplaced.add(name + " (demo data: demo)");
                }
            });
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
