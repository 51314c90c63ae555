package org.safepassage.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id with Spring Security's recommended cost (16 MiB, 2 iterations)
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
