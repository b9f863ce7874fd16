package org.reassure;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleStructureTest {

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
                        "synthetic");
    }
}
