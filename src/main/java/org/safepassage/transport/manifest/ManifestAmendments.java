package org.safepassage.transport.manifest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.transport.ManifestAmended;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a person who may no longer travel off the frozen manifests of convoys to that destination, each time
 * with an amendment (who, when, why) that re-issues the manifest and is audited. Once the convoy has left, the
 * person is on the road: the amendment records it without taking them off, for protection staff to follow up.
 */
@Service
public class ManifestAmendments {

    private final Manifests manifests;
    private final Convoys convoys;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManifestAmendments(Manifests manifests, Convoys convoys, AuditLog audit, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.manifests = manifests;
        this.convoys = convoys;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param sourceEventId the consent or hold that caused it; the same cause twice amends once
     * @return the amendments recorded
     */
    @Transactional
    public List<UUID> takeOff(UUID individualId, UUID destinationId, AmendmentReason reason, UUID sourceEventId) {
        List<UUID> recorded = new ArrayList<>();
        for (var entry : manifests.listedEntries(individualId, destinationId)) {
            var manifest = manifests.find(entry.manifestId()).orElseThrow();
            var status = convoys.find(manifest.convoyId()).orElseThrow().status();
            boolean removable = status == ConvoyStatus.MANIFEST_FROZEN || status == ConvoyStatus.BOARDING;
            var amendment = new Amendment(Ids.newId(clock), manifest.id(), individualId, entry.householdId(),
                    clock.instant(), actor.get().name(), reason, removable, 0);
            var issue = manifests.amend(amendment, sourceEventId);
            if (issue.isPresent()) {
                audit.record("MANIFEST_AMENDED", "manifest", manifest.id(), "individual=" + individualId + " reason="
                        + reason + " removed=" + removable + " issue=" + issue.get());
                events.publishEvent(new ManifestAmended(manifest.id(), amendment.id(), manifest.convoyId(), individualId));
                recorded.add(amendment.id());
            }
        }
        return recorded;
    }
}
