package org.safepassage.registry.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.safepassage.registry.internal.template.TemplateRow;

/**
 * Finds the pairs of registrations that are likely one person: blocks, compares each candidate pair once
 * (blocks in parallel), keeps the pairs whose weight of evidence reaches the floor, and can explain any pair.
 */
public final class Linkage {

    /** A pair of people (indexes into the rows, the smaller ref first) and its weight of evidence in bits. */
    public record Link(int a, int b, float weight) {
    }

    /** The pairs found, how many pairs were compared to find them, and among how many people. */
    public record Result(List<Link> links, long pairsCompared, int people) {
    }

    private final PersonRecords records;
    private final PairScorer scorer;
    private Blocking blocking;

    private Linkage(PersonRecords records) {
        this.records = records;
        this.scorer = new PairScorer(records);
    }

    public static Linkage of(List<TemplateRow> rows) {
        return new Linkage(PersonRecords.of(rows));
    }

    public String ref(int person) {
        return records.ref(person);
    }

    /** Every pair whose weight reaches {@code floorBits}, sorted by the refs of its people. */
    public Result link(float floorBits) {
        var blocking = blocking();
        long[] entries = blocking.entries;
        int[] starts = blockStarts(entries);
        var compared = new LongAdder();
        List<Link> links = IntStream.range(0, starts.length - 1).parallel()
                .mapToObj(block -> block(blocking, entries, starts[block], starts[block + 1], floorBits, compared))
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .map(this::refOrder)
                .sorted(Comparator.comparing((Link link) -> records.ref(link.a())).thenComparing(l -> records.ref(l.b())))
                .toList();
        return new Result(links, compared.sum(), records.size());
    }

    private Link refOrder(Link link) {
        return records.ref(link.a()).compareTo(records.ref(link.b())) <= 0 ? link
                : new Link(link.b(), link.a(), link.weight());
    }

    public int people() {
        return records.size();
    }

    private synchronized Blocking blocking() {
        if (blocking == null) {
            blocking = new Blocking(records);
        }
        return blocking;
    }

    /** A person typed in, compared with everyone: who reaches the floor, with weight and findings. */
    public record Probed(int person, float weight, List<Evidence.Finding> findings) {
    }

    /**
     * Compares one person who is not among the rows (a registration being typed) with the people who share a
     * block with them, and returns those whose weight reaches the floor, best first. Probes take turns: the
     * typed person occupies one slot of the records.
     */
    public List<Probed> probe(TemplateRow row, float floorBits) {
        Blocking index = blocking();
        synchronized (records) {
            int probe = records.probe(row);
            List<Probed> found = new ArrayList<>();
            for (int candidate : index.candidatesOf(probe)) {
                float weight = scorer.weigh(probe, candidate, null);
                if (weight >= floorBits) {
                    List<Evidence.Finding> findings = new ArrayList<>();
                    scorer.weigh(probe, candidate, findings);
                    found.add(new Probed(candidate, weight, findings));
                }
            }
            found.sort(Comparator.comparing(Probed::weight).reversed());
            return found;
        }
    }

    /** The findings behind the weight of one pair, for a clerk to read. */
    public List<Evidence.Finding> explain(int a, int b) {
        List<Evidence.Finding> findings = new ArrayList<>();
        scorer.weigh(a, b, findings);
        return findings;
    }

    private List<Link> block(Blocking blocking, long[] entries, int start, int end, float floor, LongAdder compared) {
        long block = Blocking.block(entries[start]);
        int window = Blocking.window(block);
        List<Link> found = null;
        long count = 0;
        for (int i = start; i < end; i++) {
            int personI = Blocking.person(entries[i]);
            int yearI = Blocking.year(entries[i]);
            for (int j = i + 1; j < end; j++) {
                if (!Blocking.withinWindow(yearI, Blocking.year(entries[j]), window)) {
                    break;
                }
                int personJ = Blocking.person(entries[j]);
                int a = Math.min(personI, personJ);
                int b = Math.max(personI, personJ);
                if (!blocking.firstMeeting(a, b, block)) {
                    continue;
                }
                count++;
                float weight = scorer.weigh(a, b, null);
                if (weight >= floor) {
                    if (found == null) {
                        found = new ArrayList<>();
                    }
                    found.add(new Link(a, b, weight));
                }
            }
        }
        compared.add(count);
        return found;
    }

    private static int[] blockStarts(long[] entries) {
        var starts = new int[entries.length + 1];
        int n = 0;
        for (int i = 0; i < entries.length; i++) {
            if (i == 0 || Blocking.block(entries[i]) != Blocking.block(entries[i - 1])) {
                starts[n++] = i;
            }
        }
        starts[n++] = entries.length;
        return java.util.Arrays.copyOf(starts, n);
    }
}
