package org.safepassage.registry.internal.imports;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a COPY in PostgreSQL's binary format, in 256 KB chunks, so that PostgreSQL stores them
 * while the next rows are read. Binary spares the server parsing every value back from text (arrays, dates
 * and ids above all), which is most of a large import's COPY; text is written straight as UTF-8.
 */
final class StagingCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 18;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int TEXT_OID = 25;
    /** PostgreSQL counts days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final java.time.Instant POSTGRES_EPOCH = java.time.Instant.parse("2000-01-01T00:00:00Z");

    private final CopyIn copy;
    private byte[] buffer = new byte[CHUNK + (1 << 12)];
    private int length;
    private long rows;

    StagingCopy(CopyIn copy) {
        this.copy = copy;
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        putInt(0); // flags
        putInt(0); // header extension
    }

    /** Starts a row of {@code fields} values. */
    StagingCopy row(int fields) {
        ensure(2);
        putShort(fields);
        return this;
    }

    StagingCopy integer(int value) {
        ensure(8);
        putInt(4);
        putInt(value);
        return this;
    }

    StagingCopy uuid(UUID value) {
        if (value == null) {
            return nothing();
        }
        ensure(20);
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    StagingCopy date(LocalDate value) {
        if (value == null) {
            return nothing();
        }
        ensure(8);
        putInt(4);
        putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** A timestamptz: microseconds from 2000-01-01 UTC. */
    StagingCopy timestamp(java.time.Instant value) {
        if (value == null) {
            return nothing();
        }
        ensure(12);
        putInt(8);
        putLong(java.time.temporal.ChronoUnit.MICROS.between(POSTGRES_EPOCH, value));
        return this;
    }

    StagingCopy bool(Boolean value) {
        if (value == null) {
            return nothing();
        }
        ensure(5);
        putInt(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    StagingCopy text(String value) {
        if (value == null) {
            return nothing();
        }
        ensure(4 + value.length() * 3);
        int start = length;
        length += 4;
        utf8(value);
        setInt(start, length - start - 4);
        return this;
    }

    /** A one-dimensional text[] (empty when there are no values). */
    StagingCopy array(String[] values) {
        if (values == null) {
            return nothing();
        }
        ensure(24);
        int start = length;
        length += 4;
        putInt(values.length == 0 ? 0 : 1); // dimensions
        putInt(0);                          // no nulls
        putInt(TEXT_OID);
        if (values.length > 0) {
            putInt(values.length);
            putInt(1);                      // lower bound
            for (String value : values) {
                text(value);
            }
        }
        setInt(start, length - start - 4);
        return this;
    }

    StagingCopy nothing() {
        ensure(4);
        putInt(-1);
        return this;
    }

    void endRow() throws SQLException {
        rows++;
        if (length >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    long finish() throws SQLException {
        ensure(2);
        putShort(-1);
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    /** UTF-8 without an intermediate array; a lone surrogate becomes '?', as String.getBytes does. */
    private void utf8(String value) {
        byte[] out = buffer;
        int at = length;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int code = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))
                        ? Character.toCodePoint(c, value.charAt(++i)) : -1;
                if (code < 0) {
                    out[at++] = '?';
                } else {
                    out[at++] = (byte) (0xF0 | code >> 18);
                    out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | code & 0x3F);
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void putShort(int value) {
        buffer[length++] = (byte) (value >> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        setInt(length, value);
        length += 4;
    }

    private void setInt(int at, int value) {
        buffer[at] = (byte) (value >> 24);
        buffer[at + 1] = (byte) (value >> 16);
        buffer[at + 2] = (byte) (value >> 8);
        buffer[at + 3] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >> 32));
        putInt((int) value);
    }
}
