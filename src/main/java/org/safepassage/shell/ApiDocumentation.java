package org.safepassage.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** What /v3/api-docs says about the API as a whole: its purpose and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI safePassageApi() {
        return new OpenAPI()
                .info(new Info().title("SafePassage API").version("0.1")
                        .description("Registration, informed consent and safe relocation for a displacement camp. "
                                + "Every endpoint names the roles it allows; errors are RFC 9457 problem details. "
                                + "Reads of personal data are audited.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("device", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Token of a registered field device")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("device"));
    }
}
