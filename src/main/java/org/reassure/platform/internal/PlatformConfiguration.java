package org.reassure.platform.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for every module, so that tests can reason about time and all times are UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
