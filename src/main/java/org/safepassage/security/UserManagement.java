package org.safepassage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.safepassage.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and field devices: the administrator's side of security. Every change is audited. */
@Service
public class UserManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    UserManagement(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** What became of a request to change users: done, or refused with a reason for the person asking. */
    public sealed interface Result {
        record Done(UserAccount user) implements Result {
        }

        record Rejected(String reasonKey) implements Result {
        }
    }

    @Transactional
    public Result create(CreateUser command) {
        var problem = command.problem();
        if (problem != null) {
            return new Result.Rejected(problem);
        }
        if (find(command.username()).isPresent()) {
            return new Result.Rejected("users.error.exists");
        }
        var id = Ids.newId(clock);
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, enabled, created_at, created_by)
                VALUES (:id, :username, :displayName, :hash, true, :now, :by)
                """)
                .param("id", id).param("username", command.username()).param("displayName", command.displayName())
                .param("hash", passwords.encode(command.password()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.get().name())
                .update();
        writeRoles(id, command.roles());
        audit.record("USER_CREATED", "user", id, "username=" + command.username() + " roles=" + sorted(command.roles()));
        return new Result.Done(find(id).orElseThrow());
    }

    @Transactional
    public Result setRoles(UUID id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return new Result.Rejected("users.error.roles");
        }
        var user = find(id);
        if (user.isEmpty()) {
            return new Result.Rejected("users.error.unknown");
        }
        if (removesLastAdmin(user.get(), roles, user.get().enabled())) {
            return new Result.Rejected("users.error.lastAdmin");
        }
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id").param("id", id).update();
        writeRoles(id, roles);
        audit.record("USER_ROLES_CHANGED", "user", id, sorted(user.get().roles()) + " -> " + sorted(roles));
        return new Result.Done(find(id).orElseThrow());
    }

    @Transactional
    public Result setEnabled(UUID id, boolean enabled) {
        var user = find(id);
        if (user.isEmpty()) {
            return new Result.Rejected("users.error.unknown");
        }
        if (!enabled && removesLastAdmin(user.get(), user.get().roles(), false)) {
            return new Result.Rejected("users.error.lastAdmin");
        }
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", id).update();
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", id, null);
        return new Result.Done(find(id).orElseThrow());
    }

    @Transactional
    public Result resetPassword(UUID id, String newPassword) {
        if (newPassword == null || newPassword.length() < CreateUser.MIN_PASSWORD_LENGTH) {
            return new Result.Rejected("users.error.password");
        }
        if (find(id).isEmpty()) {
            return new Result.Rejected("users.error.unknown");
        }
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .param("hash", passwords.encode(newPassword)).param("id", id).update();
        audit.record("USER_PASSWORD_RESET", "user", id, null);
        return new Result.Done(find(id).orElseThrow());
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public Result changeOwnPassword(String username, String currentPassword, String newPassword) {
        var hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username)
                .query(String.class).optional();
        if (hash.isEmpty() || currentPassword == null || !passwords.matches(currentPassword, hash.get())) {
            return new Result.Rejected("account.error.current");
        }
        if (newPassword == null || newPassword.length() < CreateUser.MIN_PASSWORD_LENGTH) {
            return new Result.Rejected("users.error.password");
        }
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :u")
                .param("hash", passwords.encode(newPassword)).param("u", username).update();
        var user = find(username).orElseThrow();
        audit.record("USER_PASSWORD_CHANGED", "user", user.id(), null);
        return new Result.Done(user);
    }

    public boolean anyUserExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    public Optional<UserAccount> find(String username) {
        return findWhere("u.username = :key", username == null ? "" : username.trim().toLowerCase());
    }

    public Optional<UserAccount> find(UUID id) {
        return findWhere("u.id = :key", id);
    }

    public List<UserAccount> all() {
        return jdbc.sql(USER_SELECT + " GROUP BY u.id ORDER BY u.username").query(this::mapUser).list();
    }

    private static final String USER_SELECT = """
            SELECT u.id, u.username, u.display_name, u.enabled, u.created_at,
                   coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
            FROM app_user u LEFT JOIN app_user_role r ON r.user_id = u.id
            """;

    private Optional<UserAccount> findWhere(String condition, Object key) {
        return jdbc.sql(USER_SELECT + " WHERE " + condition + " GROUP BY u.id").param("key", key)
                .query(this::mapUser).optional();
    }

    private UserAccount mapUser(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Set<Role> roles = new TreeSet<>();
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role));
            }
        }
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getBoolean("enabled"), roles,
                rs.getTimestamp("created_at").toInstant());
    }

    private void writeRoles(UUID id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    private boolean removesLastAdmin(UserAccount user, Set<Role> newRoles, boolean staysEnabled) {
        boolean wasActiveAdmin = user.enabled() && user.roles().contains(Role.ADMIN);
        boolean staysActiveAdmin = staysEnabled && newRoles.contains(Role.ADMIN);
        if (!wasActiveAdmin || staysActiveAdmin) {
            return false;
        }
        long otherAdmins = jdbc.sql("""
                SELECT count(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE r.role = 'ADMIN' AND u.enabled AND u.id <> :id
                """).param("id", user.id()).query(Long.class).single();
        return otherAdmins == 0;
    }

    private static String sorted(Set<Role> roles) {
        return new TreeSet<>(roles).toString();
    }

    // --- field devices ---

    @Transactional
    public DeviceRegistration.Issued registerDevice(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A device needs a name");
        }
        var id = Ids.newId(clock);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "spd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO device (id, name, token_hash, created_at, created_by)
                VALUES (:id, :name, :hash, :now, :by)
                """)
                .param("id", id).param("name", name.trim()).param("hash", sha256(token))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.get().name())
                .update();
        audit.record("DEVICE_REGISTERED", "device", id, "name=" + name.trim());
        return new DeviceRegistration.Issued(device(id).orElseThrow(), token);
    }

    @Transactional
    public boolean revokeDevice(UUID id) {
        int changed = jdbc.sql("UPDATE device SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (changed > 0) {
            audit.record("DEVICE_REVOKED", "device", id, null);
        }
        return changed > 0;
    }

    public List<DeviceRegistration> devices() {
        return jdbc.sql("SELECT * FROM device ORDER BY created_at DESC").query(this::mapDevice).list();
    }

    public Optional<DeviceRegistration> device(UUID id) {
        return jdbc.sql("SELECT * FROM device WHERE id = :id").param("id", id).query(this::mapDevice).optional();
    }

    /** The active device holding this token, if any; notes when it was last seen. */
    Optional<DeviceRegistration> authenticateDevice(String token) {
        var device = jdbc.sql("SELECT * FROM device WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", sha256(token)).query(this::mapDevice).optional();
        device.ifPresent(d -> jdbc.sql("""
                UPDATE device SET last_seen_at = :now
                WHERE id = :id AND (last_seen_at IS NULL OR last_seen_at < CAST(:now AS timestamptz) - interval '1 minute')
                """).param("now", Timestamp.from(clock.instant())).param("id", d.id()).update());
        return device;
    }

    private DeviceRegistration mapDevice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var revoked = rs.getTimestamp("revoked_at");
        var seen = rs.getTimestamp("last_seen_at");
        return new DeviceRegistration(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                seen == null ? null : seen.toInstant());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
