package org.safepassage.security.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.AuditLog;
import org.safepassage.security.AuditVerification;
import org.safepassage.security.CreateUser;
import org.safepassage.security.Role;
import org.safepassage.security.UserAccount;
import org.safepassage.security.UserManagement;
import org.safepassage.security.UserManagement.Result;
import org.safepassage.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Allowed(Role.ADMIN)
@Tag(name = "Administration", description = "Users, roles and the audit log (ADMIN)")
class UsersApi {

    private final UserManagement users;
    private final AuditLog audit;

    UsersApi(UserManagement users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    record UserView(UUID id, String username, String displayName, boolean enabled, Set<Role> roles) {
        static UserView of(UserAccount user) {
            return new UserView(user.id(), user.username(), user.displayName(), user.enabled(), user.roles());
        }
    }

    record NewUser(String username, String displayName, String password, Set<Role> roles) {
    }

    @GetMapping("/users")
    @Operation(summary = "List users and their roles")
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user")
    ResponseEntity<UserView> create(@RequestBody NewUser body) {
        var user = done(users.create(new CreateUser(body.username(), body.displayName(), body.password(),
                body.roles())));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
    }

    @PutMapping("/users/{id}/roles")
    @Operation(summary = "Replace a user's roles")
    UserView roles(@PathVariable UUID id, @RequestBody Set<Role> roles) {
        return UserView.of(done(users.setRoles(id, roles)));
    }

    @GetMapping("/audit/verify")
    @Operation(summary = "Walk the audit log's hash chain and report the first broken link")
    AuditVerification verify() {
        return audit.verify();
    }

    private static UserAccount done(Result result) {
        if (result instanceof Result.Rejected rejected) {
            throw Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "security", rejected.reasonKey(),
                    "Refused: " + rejected.reasonKey());
        }
        return ((Result.Done) result).user();
    }
}
