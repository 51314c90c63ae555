package org.safepassage.registry.internal.duplicates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.safepassage.registry.Deduplication;
import org.safepassage.registry.PersonChanged;
import org.safepassage.registry.PersonMoved;
import org.safepassage.registry.PersonRegistered;
import org.safepassage.registry.PersonsMerged;
import org.safepassage.registry.PersonsUnmerged;
import org.safepassage.registry.RegistryImported;
import org.safepassage.registry.internal.matching.Linkage;
import org.safepassage.registry.internal.matching.Scale;
import org.safepassage.registry.internal.template.TemplateRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds people who may already be registered: after an import (the whole registry is linked again and new
 * pairs are stored for review), after a registration (the new people are compared with everyone), and while a
 * clerk types (nothing stored). Nothing is merged here; a clerk decides ({@link PersonMerges}).
 *
 * <p>Comparing one typed person needs the registry's people prepared for linkage (their names read, their
 * blocks sorted). That preparation is kept and made again, once, after the registry has changed.
 */
@Service
public class DuplicateFinding {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinding.class);

    /** One person already registered who may be the one being typed or registered. */
    public record Candidate(UUID individualId, double score, Deduplication.Decision decision,
            List<Deduplication.Reason> reasons) {
    }

    /** The registry's people prepared for linkage, as they were at change number {@code version} or later. */
    private record Prepared(Linkage linkage, List<UUID> ids, Scale scale, long version) {
    }

    private final Population population;
    private final DuplicatePairs pairs;
    private final Clock clock;
    private final boolean linkAfterImport;
    /** Counts the registry's changes; a preparation is current when made after the latest one counted. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Prepared prepared;

    /**
     * @param linkAfterImport whether to link the registry after each import and when a server starts after
     *                        imports it did not see; one-shot commands (import, bench) leave it to the server
     */
    DuplicateFinding(Population population, DuplicatePairs pairs, Clock clock,
            @Value("${safepassage.registry.link-after-import:true}") boolean linkAfterImport) {
        this.population = population;
        this.pairs = pairs;
        this.clock = clock;
        this.linkAfterImport = linkAfterImport;
    }

    /**
     * People already registered who may be this one, surest first (at most {@code limit}). The person is
     * given as a template row; refs and household are ignored.
     */
    public List<Candidate> candidates(TemplateRow person, int limit) {
        return candidates(person, limit, changes.get());
    }

    private List<Candidate> candidates(TemplateRow person, int limit, long atLeast) {
        Prepared current = prepared(atLeast);
        List<Candidate> found = new ArrayList<>();
        for (Linkage.Probed probed : current.linkage().probe(person, current.scale().reviewBits())) {
            if (found.size() == limit) {
                break;
            }
            double score = current.scale().score(probed.weight());
            found.add(new Candidate(current.ids().get(probed.person()), score,
                    Scale.isMatch(score) ? Deduplication.Decision.MATCH : Deduplication.Decision.REVIEW,
                    Deduplication.reasons(probed.findings())));
        }
        return found;
    }

    /** Links the whole registry and stores the pairs not yet known; returns how many were new. */
    public int scanAll(String foundBy) {
        Population.Snapshot snapshot = population.load();
        Linkage linkage = Linkage.of(snapshot.rows());
        var scale = new Scale(snapshot.rows().size());
        int added = 0;
        for (Linkage.Link link : linkage.link(scale.reviewBits()).links()) {
            double score = scale.score(link.weight());
            if (pairs.add(snapshot.ids().get(link.a()), snapshot.ids().get(link.b()), score,
                    Scale.isMatch(score) ? Deduplication.Decision.MATCH : Deduplication.Decision.REVIEW,
                    Deduplication.reasons(linkage.explain(link.a(), link.b())), foundBy, clock.instant(), clock)) {
                added++;
            }
        }
        pairs.scanned(clock.instant(), foundBy, snapshot.rows().size(), added);
        return added;
    }

    /** After an import, everyone is linked again: the new rows against each other and against those before. */
    @ApplicationModuleListener
    void on(RegistryImported event) {
        changes.incrementAndGet();
        if (linkAfterImport) {
            int added = scanAll("import:" + event.file());
            log.info("Deduplication after importing {}: {} pairs to review", event.file(), added);
        }
    }

    /** A server starting after imports it did not link (made from the command line) links the registry. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (linkAfterImport && pairs.registeredSinceLastScan()) {
            var linking = new Thread(() -> {
                int added = scanAll("scan");
                log.info("Deduplication of the registry: {} pairs to review", added);
            }, "registry-linkage");
            linking.setDaemon(true);
            linking.start();
        }
    }

    /**
     * A person registered on screen is compared with everyone already registered. This runs after the
     * registration was committed, possibly before {@link #registered} counted it: counting it here too makes
     * the comparison use people read from now on, never a preparation made before.
     */
    @ApplicationModuleListener
    void on(PersonRegistered event) {
        long seen = changes.incrementAndGet();
        var row = population.row(event.individualId());
        if (row.isEmpty()) {
            return;
        }
        for (Candidate candidate : candidates(row.get(), 20, seen)) {
            if (!candidate.individualId().equals(event.individualId())) {
                pairs.add(event.individualId(), candidate.individualId(), candidate.score(), candidate.decision(),
                        candidate.reasons(), "registration", clock.instant(), clock);
            }
        }
    }

    /** The registry changed: the next comparison prepares its people again (once, however many changes). */
    @TransactionalEventListener(fallbackExecution = true)
    void registered(PersonRegistered event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonChanged event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonMoved event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsMerged event) {
        changes.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsUnmerged event) {
        changes.incrementAndGet();
    }

    /** The people prepared after change number {@code atLeast}: the kept ones, or read again once. */
    private Prepared prepared(long atLeast) {
        Prepared current = prepared;
        if (current != null && current.version() >= atLeast) {
            return current;
        }
        synchronized (this) {
            if (prepared == null || prepared.version() < atLeast) {
                long version = changes.get();
                Population.Snapshot snapshot = population.load();
                prepared = new Prepared(Linkage.of(snapshot.rows()), snapshot.ids(),
                        new Scale(Math.max(1, snapshot.rows().size())), version);
            }
            return prepared;
        }
    }
}
