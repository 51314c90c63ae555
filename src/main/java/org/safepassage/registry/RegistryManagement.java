package org.safepassage.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import java.nio.file.Path;

import org.safepassage.registry.internal.HouseholdOperations;
import org.safepassage.registry.internal.RegistrySearch;
import org.safepassage.registry.internal.imports.ImportEngine;
import org.safepassage.registry.internal.imports.TemplateFile;
import org.safepassage.registry.internal.Registrations;
import org.safepassage.registry.internal.RegistryReads;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's facade. Other modules query households and travellers here; reading a person's details is
 * audited. The commands are for the registry's own pages, API and import; other modules never write the
 * registry, they react to its events.
 */
@Service
public class RegistryManagement {

    private final RegistryReads reads;
    private final Registrations registrations;
    private final HouseholdOperations operations;
    private final AuditLog audit;
    private final ImportEngine imports;
    private final RegistrySearch search;
    private final org.safepassage.registry.internal.ReferenceDataAdmin referenceData;
    private final org.safepassage.registry.internal.imports.ImportJobs importJobs;
    private final org.safepassage.registry.internal.imports.PendingIndexes pendingIndexes;
    private final org.safepassage.registry.internal.imports.StoredRowsCopy storedRowsCopy;

    RegistryManagement(RegistryReads reads, Registrations registrations, HouseholdOperations operations,
            AuditLog audit, ImportEngine imports, RegistrySearch search,
            org.safepassage.registry.internal.ReferenceDataAdmin referenceData,
            org.safepassage.registry.internal.imports.ImportJobs importJobs,
            org.safepassage.registry.internal.imports.PendingIndexes pendingIndexes,
            org.safepassage.registry.internal.imports.StoredRowsCopy storedRowsCopy) {
        this.reads = reads;
        this.storedRowsCopy = storedRowsCopy;
        this.pendingIndexes = pendingIndexes;
        this.importJobs = importJobs;
        this.referenceData = referenceData;
        this.search = search;
        this.imports = imports;
        this.registrations = registrations;
        this.operations = operations;
        this.audit = audit;
    }

    // --- queries ---------------------------------------------------------------------------------------

    public Optional<HouseholdSummary> household(UUID householdId) {
        return householdId == null ? Optional.empty() : reads.household("h.id = :key", householdId);
    }

    public Optional<HouseholdSummary> householdByRef(String ref) {
        return ref == null ? Optional.empty() : reads.household("h.ref = :key", ref.strip());
    }

    public Optional<HouseholdSummary> householdByToken(String token) {
        return token == null ? Optional.empty() : reads.household("h.token = :key", token.strip());
    }

    /** The household's members with their names; audited as one read of the household. */
    @Transactional
    public List<Person> members(UUID householdId) {
        var members = reads.members(householdId);
        audit.recordRead("household", householdId);
        return members;
    }

    /** One person's full record; audited. */
    @Transactional
    public Optional<Person> person(UUID individualId) {
        var person = individualId == null ? Optional.<Person>empty() : reads.person(individualId);
        person.ifPresent(p -> audit.recordRead("person", p.id()));
        return person;
    }

    public Optional<Person> personByRef(String ref) {
        return ref == null ? Optional.empty() : reads.individualIdByRef(ref.strip()).flatMap(this::person);
    }

    /** Without names; not audited per call. */
    public List<Traveller> travellers(UUID householdId) {
        return reads.travellers(Set.of(householdId)).getOrDefault(householdId, List.of());
    }

    /** Without names, in bulk for planning; audited once with the count. */
    @Transactional
    public Map<UUID, List<Traveller>> travellers(Collection<UUID> householdIds) {
        Map<UUID, List<Traveller>> found = new LinkedHashMap<>(reads.travellers(Set.copyOf(householdIds)));
        audit.record("READ_TRAVELLERS", "household", null,
                "households=" + found.size() + " individuals=" + found.values().stream().mapToInt(List::size).sum());
        return found;
    }

    public List<HouseholdSummary> households(Collection<UUID> householdIds) {
        return reads.households(Set.copyOf(householdIds));
    }

    /** All active households, ordered by ref. */
    public Page<HouseholdSummary> households(PageRequest request) {
        return reads.households(request);
    }

    public List<SpecificNeed> specificNeeds() {
        return reads.specificNeeds();
    }

    public List<Governorate> governorates() {
        return reads.governorates();
    }

    public long householdCount() {
        return reads.householdCount();
    }

    public long individualCount() {
        return reads.individualCount();
    }

    /** A person's history (every change: who, when, field, old and new value), newest first. */
    public List<ChangeRecord> personHistory(UUID individualId) {
        return reads.personHistory(individualId);
    }

    /** A household's history and that of its members while they belonged to it, newest first. */
    public Page<ChangeRecord> householdHistory(UUID householdId, PageRequest request) {
        return reads.householdHistory(householdId, request);
    }

    /**
     * Finds people by name (either script), individual or household ref, phone or shelter block; every word
     * must match. An empty query lists everyone by ref. Results carry names: for registry roles only. A page
     * that shows anyone is audited as a read of the people on it, with the words searched for.
     */
    public Page<SearchHit> search(String query, PageRequest request) {
        Page<SearchHit> hits = search.search(query, request);
        if (!hits.items().isEmpty()) {
            audit.record("SEARCH", "person", null, "\"" + (query == null ? "" : query.strip()) + "\" page "
                    + (request.page() + 1) + ": " + hits.items().stream().map(SearchHit::ref)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return hits;
    }

    /** Aggregate figures without names; small cells suppressed. */
    public RegistryFigures figures() {
        return reads.figures();
    }

    // --- commands (the registry's own pages, API and import) ----------------------------------------------

    public RegistryOutcome registerHousehold(RegisterHousehold command) {
        return registrations.register(command);
    }

    public RegistryOutcome addMember(UUID householdId, NewMember member) {
        return registrations.addMember(householdId, member);
    }

    /** Corrects a person's details; the head is changed only by {@link #changeHead}. */
    public RegistryOutcome changePerson(UUID individualId, PersonDetails details, String reason) {
        return registrations.change(individualId, details, reason);
    }

    public RegistryOutcome changeShelterBlock(UUID householdId, String block, String reason) {
        return registrations.changeBlock(householdId, block, reason);
    }

    public RegistryOutcome movePerson(UUID individualId, String toHouseholdRef, Relationship relationship,
            String reason) {
        return operations.move(individualId, toHouseholdRef, relationship, reason);
    }

    public RegistryOutcome splitHousehold(UUID householdId, Set<UUID> leaving, UUID newHeadId, String reason) {
        return operations.split(householdId, leaving, newHeadId, reason);
    }

    public RegistryOutcome mergeHouseholds(UUID keptHouseholdId, String absorbedHouseholdRef,
            Relationship formerHeadBecomes, String reason) {
        return operations.merge(keptHouseholdId, absorbedHouseholdRef, formerHeadBecomes, reason);
    }

    public RegistryOutcome changeHead(UUID householdId, UUID newHeadId, Relationship formerHeadBecomes,
            String reason) {
        return operations.changeHead(householdId, newHeadId, formerHeadBecomes, reason);
    }

    /**
     * Imports a file in the template (CSV or XLSX), all or nothing: with any error nothing is stored and the
     * report lists every problem by row and column. Refs are natural keys: a row whose individual_ref is
     * registered (in the same household) updates that person where a value differs, keeping the old values
     * in history; an identical row changes nothing; new refs are added.
     *
     * @param name the file's name as the user knows it
     */
    public ImportResult importFile(Path file, String name, boolean dryRun, ImportProgress progress)
            throws ImportFileUnreadable {
        try {
            return imports.importFile(file, name, dryRun, progress == null ? ImportProgress.NONE : progress);
        } catch (TemplateFile.UnreadableFile e) {
            throw new ImportFileUnreadable(e.getMessage(), e);
        }
    }

    /**
     * Waits until the indexes a large import left to build after it committed are built. Searches answer the
     * same before, only slower; a command that ends after its import waits so that the next start finds none.
     */
    public void awaitIndexes() {
        pendingIndexes.buildSoon().join();
    }

    /** Whether an index a large import left to build after it committed is still being built. */
    public boolean indexesPending() {
        return pendingIndexes.pending();
    }

    /**
     * Seconds PostgreSQL takes to load the stored individuals back with binary COPY into an empty table
     * without index, key or check: the floor under any import of them (for the import benchmark).
     */
    public double storedPeopleCopySeconds() throws java.sql.SQLException, java.io.IOException {
        return storedRowsCopy.seconds();
    }

    /** Adds a specific-needs code (ADMIN), with both labels and its movement flags. */
    public RegistryOutcome addSpecificNeed(SpecificNeed need) {
        return referenceData.add(need);
    }

    /** Deactivates (or reactivates) a specific-needs code; people keep codes they have. */
    public RegistryOutcome setSpecificNeedActive(String code, boolean active) {
        return referenceData.setActive(code, active);
    }

    /** Starts importing an uploaded file in the background; follow it with {@link #importJob}. */
    public UUID startImport(java.io.InputStream upload, String fileName, boolean dryRun) throws java.io.IOException {
        return importJobs.start(upload, fileName, dryRun);
    }

    public Optional<ImportJob> importJob(UUID id) {
        return id == null ? Optional.empty() : importJobs.job(id);
    }

    public List<ImportJob> recentImports(int limit) {
        return importJobs.recent(limit);
    }
}
