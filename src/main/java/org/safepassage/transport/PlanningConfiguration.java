package org.safepassage.transport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planner as a bean for the convoy pages; closed with the application, which stops any job still solving. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean(destroyMethod = "close")
    ConvoyPlanner convoyPlanner() {
        return new ConvoyPlanner();
    }
}
