package org.safepassage.registry.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a template file on a second thread while the calling thread checks and stages the rows already read:
 * parsing CSV and checking rows then run side by side instead of one after the other. Rows reach the caller
 * in file order, on the calling thread (which holds the import's database connection); a file that turns
 * out unreadable fails the caller just as reading it directly would.
 */
final class ReadAhead {

    private static final int BATCH = 1_000;
    private static final int BATCHES_AHEAD = 32;

    private ReadAhead() {
    }

    private record Header(List<String> names) {
    }

    private record Row(int number, String[] cells) {
    }

    private record End(Throwable failure) {
    }

    static void read(Path file, TemplateFile.Rows rows) throws TemplateFile.UnreadableFile {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        var stopped = new AtomicBoolean();
        var reader = new Thread(() -> {
            var batches = new Batches(queue, stopped);
            Throwable failure = null;
            try {
                TemplateFile.read(file, batches);
                batches.flush();
            } catch (Throwable e) {
                failure = e;
            }
            try {
                batches.put(new End(failure));
            } catch (Stopped e) {
                // the caller has already failed and left; there is no one to tell
            }
        }, "registry-import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item instanceof End end) {
                    rethrow(end.failure());
                    return;
                }
                for (Object row : (List<?>) item) {
                    if (row instanceof Header header) {
                        rows.header(header.names());
                    } else {
                        var r = (Row) row;
                        rows.row(r.number(), r.cells());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } finally {
            stopped.set(true);
            queue.clear();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void rethrow(Throwable failure) throws TemplateFile.UnreadableFile {
        if (failure == null) {
            return;
        }
        if (failure instanceof TemplateFile.UnreadableFile unreadable) {
            throw unreadable;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    /** Hands the rows over in batches, so that the two threads meet once per thousand rows, not per row. */
    private static final class Batches implements TemplateFile.Rows {
        private final BlockingQueue<Object> queue;
        private final AtomicBoolean stopped;
        private List<Object> batch = new ArrayList<>(BATCH);

        Batches(BlockingQueue<Object> queue, AtomicBoolean stopped) {
            this.queue = queue;
            this.stopped = stopped;
        }

        @Override
        public void header(List<String> names) {
            batch.add(new Header(names));
        }

        @Override
        public void row(int rowNumber, String[] cells) {
            batch.add(new Row(rowNumber, cells));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Waits for room; gives up reading when the caller has stopped taking rows. */
        void put(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped.get()) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }

    /** The caller stopped (it failed); the rest of the file is not read. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
