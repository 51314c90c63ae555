package org.safepassage.security;

import java.time.Instant;

/**
 * The result of walking the hash chain.
 *
 * @param entries     how many entries were checked (all of them when intact, those before the break otherwise)
 * @param headHash    hash of the last entry; write it down or send it off-site to detect a rewritten chain
 * @param firstBroken the first entry whose content or link does not match, or null
 */
public record AuditVerification(long entries, String headHash, BrokenLink firstBroken) {

    public boolean intact() {
        return firstBroken == null;
    }

    public record BrokenLink(long id, Instant at, String reason) {
    }
}
