package org.safepassage.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a long list, with what a pager needs to draw itself. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public long firstItemNumber() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItemNumber() {
        return (long) page * size + items.size();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
