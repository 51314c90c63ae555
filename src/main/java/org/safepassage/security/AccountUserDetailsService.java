package org.safepassage.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserManagement users;
    private final JdbcClient jdbc;

    AccountUserDetailsService(UserManagement users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", account.id())
                .query(String.class).single();
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
